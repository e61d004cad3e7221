package io.averted.production;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * The README's backup and restore commands, run: {@code pg_dump} of a database the application wrote, restored into
 * an empty database, and an instance started on the copy reads what was written.
 */
class BackupRestoreIT {

    @Test
    void a_dump_restored_into_an_empty_database_is_read_by_the_application() throws Exception {
        assumeTrue(new File("/usr/bin/pg_dump").canExecute() && new File("/usr/bin/pg_restore").canExecute(),
                "PostgreSQL's client tools (pg_dump, pg_restore) are not installed here");
        ProductionStack stack = ProductionStack.get();
        String token = stack.keycloak.tokenFor("maria");
        String projectId = Api.createProject(stack.application, token, "Backed up " + System.nanoTime());
        JsonPath created = Api.graphQL(stack.application, token, """
                mutation($input: RiskCreateInput!) { riskCreate(input: $input) { risk { id } } }""",
                Map.of("input", Api.risk(projectId, "Restore me")));
        String riskId = created.getString("data.riskCreate.risk.id");

        Path dump = stack.work.resolve("averted.dump");
        Map<String, String> password = Map.of("PGPASSWORD", Database.PASSWORD);
        run(password, "/usr/bin/pg_dump", "--format=custom", "--host=localhost", "--port=" + stack.database.port(),
                "--username=" + Database.USER, "--file=" + dump, Database.NAME);
        stack.database.execute("postgres", "create database averted_restored owner " + Database.USER);
        run(password, "/usr/bin/pg_restore", "--no-owner", "--exit-on-error", "--host=localhost", "--port=" + stack.database.port(),
                "--username=" + Database.USER, "--dbname=averted_restored", dump.toString());

        Application restored = Application.start("averted-restored", Path.of(System.getProperty("averted.it.app")), stack.work,
                Processes.freePort(), ProductionStack.environment(stack.database, stack.keycloak, "averted_restored"));
        try {
            restored.awaitReady();
            JsonPath read = Api.graphQL(restored, token, "query($id: ID!) { risk(id: $id) { title project { id } history { operation actor } } }",
                    Map.of("id", riskId));
            assertThat(read.getString("data.risk.title"), equalTo("Restore me"));
            assertThat(read.getString("data.risk.project.id"), equalTo(projectId));
            assertThat(read.getString("data.risk.history[0].actor"), equalTo("maria"));
        } finally {
            restored.stop();
        }
    }

    private static void run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed: " + output);
        }
    }
}
