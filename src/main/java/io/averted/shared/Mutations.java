package io.averted.shared;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Runs a transactional write and turns the races only the database can see into user errors: a
 * concurrent update of the same version becomes CONFLICT, a unique key taken meanwhile becomes TAKEN.
 * The transaction has rolled back by then, so nothing was written.
 */
public final class Mutations {

    private Mutations() {
    }

    public static <T> Result<T> run(Supplier<Result<T>> write) {
        return run(write, Map.of());
    }

    /**
     * Same, for a write that can break a cross-project reference the database guards (a {@code *_fk} constraint):
     * {@code references} names the input field behind each such constraint, for the user error.
     */
    public static <T> Result<T> run(Supplier<Result<T>> write, Map<String, String> references) {
        try {
            return write.get();
        } catch (Rejected rejected) {
            return Result.rejected(rejected.errors());
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                    return Result.rejected(UserError.of(UserErrorCode.CONFLICT, "version",
                            "Someone else changed this meanwhile; reload it and apply your change again."));
                }
                if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
                    String constraint = violation.getConstraintName();
                    if (constraint.endsWith("_unique")) {
                        return Result.rejected(UserError.of(UserErrorCode.TAKEN, null, "That value is already taken."));
                    }
                    if (constraint.endsWith("_fk")) {
                        return Result.rejected(UserError.of(UserErrorCode.INVALID, references.get(constraint),
                                "A referenced object does not exist in this project."));
                    }
                }
                cause = cause.getCause();
            }
            throw e;
        }
    }
}
