package io.averted.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What the production suite runs against, started once for all its test classes (failsafe runs them in one JVM):
 * a PostgreSQL server, Keycloak with the repository's realm, and the {@code -Dprod} jar. A second instance of the
 * application on the same database starts when a test asks for it. Everything stops when the JVM exits.
 */
final class ProductionStack {

    /** Shared by every instance: a browser session started on one is read by the others. */
    static final String SESSION_ENCRYPTION_SECRET = "it-session-encryption-secret-of-32-or-more-characters";
    /** Shared too: the sign-in's PKCE state may come back to another instance than the one that started it. */
    static final String STATE_SECRET = "it-sign-in-state-secret-of-32-or-more-characters";

    private static ProductionStack instance;
    /** Why the stack did not start, so the other test classes fail at once instead of starting another Keycloak. */
    private static RuntimeException notStarted;

    final Path work;
    final Database database;
    final Keycloak keycloak;
    final Application application;
    private Application second;

    private ProductionStack(Path work, Database database, Keycloak keycloak, Application application) {
        this.work = work;
        this.database = database;
        this.keycloak = keycloak;
        this.application = application;
    }

    static synchronized ProductionStack get() {
        if (notStarted != null) {
            throw notStarted;
        }
        if (instance == null) {
            try {
                instance = start();
            } catch (RuntimeException | AssertionError e) {
                notStarted = new IllegalStateException("The production stack did not start (see the first failure)", e);
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop));
        }
        return instance;
    }

    private static ProductionStack start() {
        Path work = Path.of(property("averted.it.work"));
        Path jar = Path.of(property("averted.it.app"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No -Dprod package at " + jar + ": run ./mvnw verify (it packages one before the ITs)");
        }
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = Processes.freePort();
        // Keycloak takes longest: it starts first and the database is created meanwhile.
        Keycloak keycloak = Keycloak.start(Path.of(property("averted.it.keycloak")), Path.of(property("averted.it.realm")),
                Processes.freePort(), "http://localhost:" + port);
        Database database = null;
        Application application = null;
        try {
            database = Database.create(work.resolve("postgresql"), Processes.freePort());
            Duration keycloakReady = keycloak.awaitReady();
            System.out.printf("[production suite] Keycloak ready after %.1f s%n", keycloakReady.toMillis() / 1000.0);
            application = Application.start("averted-1", jar, work, port, environment(database, keycloak, Database.NAME));
            Duration ready = application.awaitReady();
            System.out.printf("[production suite] averted-1: java -jar to ready in %.1f s%n", ready.toMillis() / 1000.0);
            return new ProductionStack(work, database, keycloak, application);
        } catch (RuntimeException | AssertionError e) {
            // No shutdown hook holds these yet: without this, a jar that does not start left Keycloak running.
            try {
                stopAll(null, application, keycloak, database);
            } catch (RuntimeException stopFailure) {
                e.addSuppressed(stopFailure);
            }
            throw e;
        }
    }

    /** The environment the README's "Run it for real" section lists, for a database of this server. */
    static Map<String, String> environment(Database database, Keycloak keycloak, String databaseName) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(databaseName));
        environment.put("QUARKUS_DATASOURCE_USERNAME", Database.USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", Database.PASSWORD);
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        environment.put("QUARKUS_OIDC_CLIENT_ID", "averted");
        environment.put("QUARKUS_OIDC_CREDENTIALS_SECRET", Keycloak.CLIENT_SECRET);
        environment.put("QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET", SESSION_ENCRYPTION_SECRET);
        environment.put("QUARKUS_OIDC_AUTHENTICATION_STATE_SECRET", STATE_SECRET);
        return environment;
    }

    /** A second instance on the same database and identity provider, on another port. */
    synchronized Application second() {
        if (second == null) {
            second = Application.start("averted-2", Path.of(property("averted.it.app")), work, Processes.freePort(),
                    environment(database, keycloak, Database.NAME));
            Duration ready = second.awaitReady();
            System.out.printf("[production suite] averted-2: java -jar to ready in %.1f s%n", ready.toMillis() / 1000.0);
        }
        return second;
    }

    private synchronized void stop() {
        stopAll(second, application, keycloak, database);
    }

    /** Stops what has started (an instance or the database may be null): the instances, Keycloak, the database last. */
    private static void stopAll(Application second, Application first, Keycloak keycloak, Database database) {
        if (second != null) {
            second.stop();
        }
        if (first != null) {
            first.stop();
        }
        keycloak.stop();
        if (database != null) {
            database.stop();
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set: run the suite through ./mvnw verify");
        }
        return value;
    }
}
