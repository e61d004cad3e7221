package io.averted.production;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;

/**
 * A real Keycloak (the distribution from the Maven registry, unpacked by the build) in its own process, with the
 * realm file the README tells operators to import: one user per role, the UI's confidential client, the pipelines'
 * service account, and a client of another application whose tokens are not meant for Averted.
 */
final class Keycloak {

    static final String REALM = "averted";
    static final String CLIENT_SECRET = "it-ui-client-secret";
    static final String PIPELINE_SECRET = "it-pipeline-secret";
    static final String OTHER_CLIENT_SECRET = "it-reporting-tool-secret";
    static final String PASSWORD = "it-demo-password";

    private final Process process;
    private final int port;

    private Keycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Keycloak with a fresh copy of the realm; redirects may go back to the given application URL. */
    static Keycloak start(Path home, Path realm, int port, String applicationUrl) {
        try {
            Path data = home.resolve("data");
            Processes.deleteRecursively(data);
            Files.createDirectories(data.resolve("import"));
            Files.copy(realm, data.resolve("import").resolve("averted-realm.json"));
            home.resolve("bin/kc.sh").toFile().setExecutable(true);
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-management-port=" + Processes.freePort(), "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolveSibling("keycloak.log").toFile());
            Map<String, String> environment = builder.environment();
            // The realm file's placeholders (Keycloak resolves them from the environment when it imports).
            environment.putAll(Map.of("AVERTED_URL", applicationUrl, "AVERTED_CLIENT_SECRET", CLIENT_SECRET,
                    "AVERTED_PIPELINE_SECRET", PIPELINE_SECRET, "REPORTING_TOOL_SECRET", OTHER_CLIENT_SECRET,
                    "AVERTED_DEMO_PASSWORD", PASSWORD));
            return new Keycloak(builder.start(), port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Duration awaitReady() {
        return Processes.await("Keycloak's realm " + REALM, Duration.ofSeconds(180), () -> {
            if (!process.isAlive()) {
                throw new AssertionError("Keycloak exited with " + process.exitValue() + "; see target/it/keycloak.log");
            }
            return Processes.status(realmUrl() + "/.well-known/openid-configuration") == 200;
        });
    }

    String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** A user's access token through the password grant of the realm's script client. */
    String tokenFor(String username) {
        return token(Map.of("grant_type", "password", "client_id", "averted-cli", "username", username, "password", PASSWORD));
    }

    /** A service account's access token (client-credentials grant). */
    String serviceToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private String token(Map<String, String> form) {
        return given().contentType(ContentType.URLENC).formParams(new HashMap<>(form))
                .when().post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    void stop() {
        Processes.stop(process);
    }
}
