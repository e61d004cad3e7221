package io.averted.shared;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.transaction.xa.XAException;

import jakarta.transaction.RollbackException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures the API answers as UNAVAILABLE (retry later) rather than as a fault of the request or the code. */
class DatabaseUnavailableTest {

    @Test
    void a_lost_or_refused_connection_is_unavailable_however_deeply_it_is_wrapped() {
        assertThat(DatabaseUnavailableException.isCauseOf(new RuntimeException(new JDBCConnectionException("refused", new SQLException("refused", "08001")))), equalTo(true));
        assertThat(DatabaseUnavailableException.isCauseOf(new IllegalStateException(new SQLException("I/O error", "08006"))), equalTo(true));
        assertThat(DatabaseUnavailableException.isCauseOf(new SQLException("terminating connection due to administrator command", "57P01")), equalTo(true));
        assertThat(DatabaseUnavailableException.isCauseOf(new SQLException("the database system is starting up", "57P03")), equalTo(true));
        assertThat(DatabaseUnavailableException.isCauseOf(new SQLTransientConnectionException("no connection in time")), equalTo(true));
        assertThat(DatabaseUnavailableException.isCauseOf(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))), equalTo(true));
    }

    @Test
    void a_commit_that_lost_its_connection_is_unavailable() {
        // Narayana reports a failed one-phase commit as a rollback with the resource's XAException suppressed in it.
        XAException resource = new XAException(XAException.XAER_RMFAIL);
        resource.initCause(new SQLException("terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(resource);

        assertThat(DatabaseUnavailableException.isCauseOf(new RuntimeException(rollback)), equalTo(true));
        assertThat(DatabaseUnavailableException.isCauseOf(new RuntimeException(new RollbackException("timed out"))), equalTo(false));
    }

    @Test
    void a_refused_statement_is_not_an_outage() {
        assertThat(DatabaseUnavailableException.isCauseOf(new ConstraintViolationException("duplicate", new SQLException("duplicate key", "23505"), "risk_pkey")), equalTo(false));
        assertThat(DatabaseUnavailableException.isCauseOf(new SQLException("averted.actor is not set", "P0001")), equalTo(false));
        assertThat(DatabaseUnavailableException.isCauseOf(new IllegalArgumentException("bad")), equalTo(false));
    }
}
