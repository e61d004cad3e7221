package io.averted.shared;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * SmallRye GraphQL logs every exception a resolver throws as an ERROR with its stack trace. A refused role
 * or a malformed cursor is an answer to the client, not a failure of the server: those are dropped here
 * (the refusal itself is logged in one line where it is decided), and real errors still print in full.
 * So are the fields of a request whose client went away: without this, each remaining alias printed a stack trace.
 */
@LoggingFilter(name = "expected-refusals")
public final class ExpectedRefusalLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        while (thrown != null) {
            if (thrown instanceof AccessDeniedException || thrown instanceof InvalidArgumentException
                    || thrown.getClass().getSimpleName().equals("SimulationRefusedException")
                    // A field fetched after its client hung up finds no identity and no request context any more (a
                    // request without an identity is refused with 401 before GraphQL runs): the client is gone, and
                    // nobody reads the answer.
                    || thrown instanceof io.quarkus.security.UnauthorizedException
                    || thrown instanceof jakarta.enterprise.context.ContextNotActiveException) {
                return false;
            }
            thrown = thrown.getCause();
        }
        return true;
    }
}
