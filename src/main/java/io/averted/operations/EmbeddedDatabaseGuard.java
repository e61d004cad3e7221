package io.averted.operations;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * A packaged application never runs on the embedded PostgreSQL (dev and tests only): a jar built without
 * {@code -Dprod} would otherwise start a throwaway database and lose everything on restart. It refuses to start.
 */
@Singleton
@IfBuildProfile("prod")
public class EmbeddedDatabaseGuard {

    static final String EMBEDDED = "io.quarkiverse.embedded.postgresql.EmbeddedPostgreSQLRecorder";

    void refuseEmbeddedDatabase(@Observes StartupEvent event) {
        if (isPresent(EMBEDDED)) {
            throw new IllegalStateException("This application was packaged with the embedded PostgreSQL, which is for dev mode"
                    + " and tests only. Package it with `./mvnw package -Dprod` and set QUARKUS_DATASOURCE_JDBC_URL,"
                    + " QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.");
        }
    }

    static boolean isPresent(String className) {
        try {
            Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
