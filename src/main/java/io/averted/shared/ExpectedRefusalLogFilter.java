package io.averted.shared;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * SmallRye GraphQL logs every exception a resolver throws as an ERROR with its stack trace. A refused role
 * or a malformed cursor is an answer to the client, not a failure of the server: those are dropped here
 * (the refusal itself is logged in one line where it is decided), and real errors still print in full.
 */
@LoggingFilter(name = "expected-refusals")
public final class ExpectedRefusalLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        while (thrown != null) {
            if (thrown instanceof AccessDeniedException || thrown instanceof InvalidArgumentException
                    || thrown.getClass().getSimpleName().equals("SimulationRefusedException")) {
                return false;
            }
            thrown = thrown.getCause();
        }
        return true;
    }
}
