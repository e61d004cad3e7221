package io.averted.shared;

import java.util.List;

/**
 * Thrown inside a transaction that composes several services' writes when one of them refuses:
 * it rolls the whole transaction back, and {@link Mutations#run} turns it into those user errors.
 */
public class Rejected extends RuntimeException {

    private final transient List<UserError> errors;

    public Rejected(List<UserError> errors) {
        super(null, null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<UserError> errors() {
        return errors;
    }

    /** Refuses a transition that breaks the domain's rules: an entity's guard, so no caller (demo data included) can bypass it. */
    public static void ifAny(List<UserError> problems) {
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
    }

    /** The value of a result, or a rollback with its errors. */
    public static <T> T unlessRejected(Result<T> result) {
        if (!result.isOk()) {
            throw new Rejected(result.errors());
        }
        return result.value();
    }
}
