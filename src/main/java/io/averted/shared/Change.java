package io.averted.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way a mutation writes, in stages a new mutation cannot skip (each stage has only the next step):
 * <ol>
 * <li>{@link #of}: the record (or the parent a new record goes into) is found and readable, else NOT_FOUND;</li>
 * <li>{@link #authorize}: the user's role allows the action, else a top-level access error; {@link Authorized#unless}
 * a refusal that answers alone;</li>
 * <li>{@link Authorized#validate}: the input's Bean Validation problems;</li>
 * <li>{@link Checks#check} and {@link Checks#version}: the domain's rules and the version read, every problem
 * reported together;</li>
 * <li>{@link Checks#apply}: the write, only when nothing was refused (then nothing is written at all).</li>
 * </ol>
 * The transaction is the caller's ({@code @Transactional} service method); {@link Mutations#run} turns the races only
 * the database sees into user errors.
 */
public final class Change<F> {

    private final F found;
    /** NOT_FOUND, or a refusal that makes every later check moot: the whole answer when present. */
    private List<UserError> refusal;

    private Change(F found, List<UserError> refusal) {
        this.found = found;
        this.refusal = refusal;
    }

    /** @param field the input field that named the record; {@code what} names it for people ("The risk"). */
    public static <F> Change<F> of(Optional<F> found, String field, String what) {
        return new Change<>(found.orElse(null), found.isPresent() ? List.of() : List.of(UserError.notFound(field, what)));
    }

    /** Requires the role: {@code require} throws when the user may not (nothing is checked for a record not found). */
    public Authorized<F> authorize(Consumer<? super F> require) {
        if (refusal.isEmpty()) {
            require.accept(found);
        }
        return new Authorized<>(this);
    }

    public static final class Authorized<F> {
        private final Change<F> change;

        private Authorized(Change<F> change) {
            this.change = change;
        }

        /** A refusal that is the whole answer when it applies (e.g. "only the sponsor can"): nothing else is checked. */
        public Authorized<F> unless(Function<? super F, ? extends Collection<UserError>> refusal) {
            if (change.refusal.isEmpty()) {
                change.refusal = List.copyOf(refusal.apply(change.found));
            }
            return this;
        }

        /** The input's own problems (Bean Validation), the first reported. */
        public Checks<F> validate(Collection<UserError> inputProblems) {
            Checks<F> checks = new Checks<>(change);
            checks.errors.addAll(inputProblems);
            return checks;
        }
    }

    public static final class Checks<F> {
        private final Change<F> change;
        private final List<UserError> errors = new ArrayList<>();

        private Checks(Change<F> change) {
            this.change = change;
        }

        /** Adds the problems a rule finds with the found record and the input. */
        public Checks<F> check(Function<? super F, ? extends Collection<UserError>> rule) {
            if (change.refusal.isEmpty()) {
                errors.addAll(rule.apply(change.found));
            }
            return this;
        }

        /** Runs the rule only when nothing was refused before it: its problem would only repeat an earlier one. */
        public Checks<F> thenCheck(Function<? super F, ? extends Collection<UserError>> rule) {
            return errors.isEmpty() ? check(rule) : this;
        }

        /** CONFLICT when the record changed since the user read it at {@code expected}. */
        public Checks<F> version(Function<? super F, ? extends Versioned> record, long expected) {
            return check(f -> record.apply(f).version == expected ? List.of() : List.of(UserError.conflict()));
        }

        /** The write, with the found record, when nothing was refused; otherwise every problem and no write. */
        public <T> Result<T> apply(Function<? super F, T> write) {
            if (!change.refusal.isEmpty()) {
                return Result.rejected(change.refusal);
            }
            return errors.isEmpty() ? Result.ok(write.apply(change.found)) : Result.rejected(errors);
        }
    }
}
