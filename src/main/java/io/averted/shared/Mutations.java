package io.averted.shared;

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

    /** Input fields behind the cross-project references the database guards, for user errors that name them. */
    private static final java.util.Map<String, String> REFERENCES = java.util.Map.of(
            "quality_gate_investment_fk", "automatedByInvestmentId",
            "action_item_investment_fk", "investment");

    private Mutations() {
    }

    public static <T> Result<T> run(Supplier<Result<T>> write) {
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
                        return Result.rejected(UserError.of(UserErrorCode.INVALID, REFERENCES.get(constraint),
                                "A referenced object does not exist in this project."));
                    }
                }
                cause = cause.getCause();
            }
            throw e;
        }
    }
}
