package io.averted.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;

import org.hibernate.exception.JDBCConnectionException;

import io.smallrye.graphql.api.ErrorCode;

/**
 * PostgreSQL could not be reached (restarting, failing over, or every pooled connection busy past the wait). A
 * top-level GraphQL error with code {@code UNAVAILABLE}: the request was not carried out and may be sent again.
 */
@ErrorCode("UNAVAILABLE")
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(Throwable cause) {
        super("The database is unavailable for a moment; nothing was saved by this request. Retry in a few seconds.", cause);
    }

    /**
     * Runs a read that happens outside the GraphQL classes (a page or a figure loaded when its field is first read),
     * answering a lost connection as {@link DatabaseOutageInterceptor} does.
     */
    public static <T> T translating(Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException failure) {
            throw translated(failure);
        }
    }

    /** The failure itself, or this exception when it comes from a lost database connection. */
    public static RuntimeException translated(RuntimeException failure) {
        return failure instanceof DatabaseUnavailableException || !isCauseOf(failure) ? failure : new DatabaseUnavailableException(failure);
    }

    /**
     * Whether a failure comes from the database's connection rather than from the request: SQL state class 08
     * (connection exception), 57P01-57P03 (server shutting down or starting up), or no connection in time. Causes and
     * suppressed exceptions are both followed: a failed commit reaches us as the transaction manager's rollback, with
     * the driver's exception attached to it.
     */
    public static boolean isCauseOf(Throwable failure) {
        return isCauseOf(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isCauseOf(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (isConnectionFailure(failure)) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isCauseOf(suppressed, seen)) {
                return true;
            }
        }
        return isCauseOf(failure.getCause(), seen);
    }

    private static boolean isConnectionFailure(Throwable failure) {
        if (failure instanceof SQLTransientConnectionException || failure instanceof JDBCConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            return state != null ? state.startsWith("08") || state.matches("57P0[123]")
                    : sql.getMessage() != null && sql.getMessage().contains("acquisition timeout");
        }
        return false;
    }
}
