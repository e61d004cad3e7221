package io.averted.shared.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Names the signed-in user as the actor of every change a transaction makes, at the transaction's boundary: when a
 * transaction of a request takes its connection from the pool, the connection's {@code averted.actor} becomes the
 * user; when the connection goes back, it is cleared. The history trigger refuses a change without an actor, so no
 * write can forget it. Writes outside a request (demo data, test fixtures) name their own actor.
 */
@ApplicationScoped
public class TransactionActor implements AgroalPoolInterceptor {

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    CurrentIdentityAssociation identities;

    /** Connections whose actor was set here, to be cleared on their way back. */
    private final Set<Connection> stamped = ConcurrentHashMap.newKeySet();

    @Override
    public void onConnectionAcquire(Connection connection) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE || !Arc.container().requestContext().isActive()) {
            return; // a read outside a transaction changes nothing; no request, no user
        }
        SecurityIdentity identity = identities.getIdentity();
        if (identity == null || identity.isAnonymous()) {
            return;
        }
        set(connection, identity.getPrincipal().getName());
        stamped.add(connection);
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        if (stamped.remove(connection)) {
            set(connection, "");
        }
    }

    private static void set(Connection connection, String actor) {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('averted.actor', ?, false)")) {
            statement.setString(1, actor);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not name the actor of the transaction", e);
        }
    }
}
