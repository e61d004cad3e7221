package io.averted.risk;

import static io.averted.support.GraphQL.graphQL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * Times riskRegisterImport on a 10,000-row file through the real API (HTTP, GraphQL, validation, PostgreSQL with the
 * history trigger). Not a test: surefire's default includes skip "*Bench", so only {@code bench/csv-import.sh} runs it
 * (see bench/README.md). The figures go to stdout and target/csv-import-bench.md.
 */
@QuarkusTest
class RiskRegisterImportBench {

    static final int ROWS = RiskRegisterCsv.MAX_ROWS;
    static final String[] CATEGORIES = { "DATA_INTEGRITY", "AVAILABILITY", "SECURITY", "SCHEDULE", "COST", "VENDOR" };
    static final String[] RESPONSES = { "AVOID", "MITIGATE", "TRANSFER", "ACCEPT" };

    @Inject
    TestData data;

    final List<String> lines = new ArrayList<>();

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void import_10000_rows() throws IOException {
        String file = generate(ROWS, 42);
        lines.add("| step | rows | time |");
        lines.add("|---|---|---|");
        // warm-up on a project of its own: JIT, Hibernate and the JDBC pool, as a running server would be
        Project warmUp = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");
        for (int i = 0; i < 3; i++) {
            run("warm-up dry run (discarded)", warmUp, file, false, null);
        }
        run("warm-up commit (discarded)", warmUp, file, true, null);

        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");
        for (int i = 1; i <= 3; i++) {
            run("dry run, 10,000 new rows #" + i, project, file, false, "created");
        }
        run("commit, 10,000 new rows", project, file, true, "created");
        for (int i = 1; i <= 3; i++) {
            run("dry run, same file again (10,000 unchanged) #" + i, project, file, false, "unchanged");
        }
        run("commit, same file again (10,000 unchanged)", project, file, true, "unchanged");

        long start = System.nanoTime();
        String exported = graphQL("query($id: ID!) { project(id: $id) { riskRegisterCsv } }", Map.of("id", project.id.toString()))
                .getString("data.project.riskRegisterCsv");
        lines.add("| export, 10,000 risks (" + exported.length() / 1024 + " KiB) | " + ROWS + " | " + millis(start) + " |");
        String changed = exported.replace(",IDENTIFIED,", ",MITIGATING,");
        for (int i = 1; i <= 3; i++) {
            run("dry run, exported file with every status changed (10,000 updates) #" + i, project, changed, false, "updated");
        }
        run("commit, 10,000 updates", project, changed, true, "updated");

        lines.add("");
        lines.add("File: " + ROWS + " rows, " + file.getBytes(StandardCharsets.UTF_8).length / 1024 + " KiB; the register "
                + "then holds " + data.riskCount(project.id) + " risks.");
        String report = String.join("\n", lines) + "\n";
        System.out.println("\n" + report);
        Files.writeString(Path.of("target/csv-import-bench.md"), report);
    }

    private void run(String step, Project project, String csv, boolean commit, String expect) {
        Map<String, Object> input = new HashMap<>();
        input.put("projectId", project.id.toString());
        input.put("csv", csv);
        input.put("commit", commit);
        long start = System.nanoTime();
        JsonPath result = graphQL("""
                mutation($input: RiskRegisterImportInput!) {
                  riskRegisterImport(input: $input) { created updated unchanged invalid committed userErrors { message } }
                }""", Map.of("input", input));
        String time = millis(start);
        if (!result.getList("data.riskRegisterImport.userErrors").isEmpty() || result.getInt("data.riskRegisterImport.invalid") > 0
                || (expect != null && result.getInt("data.riskRegisterImport." + expect) != ROWS)) {
            throw new AssertionError(step + ": " + result.prettify());
        }
        if (!step.contains("discarded")) {
            lines.add("| " + step + " | " + ROWS + " | " + time + " |");
        }
    }

    private static String millis(long start) {
        return String.format("%,d ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Rows like a real register: every column, a fifth with an owner, a description with a comma and a line break. */
    static String generate(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("\uFEFFtitle,description,category,status,response,owner,likelihood,impact,"
                + "probability,lossLow,lossHigh,nextReviewOn\r\n");
        for (int i = 0; i < rows; i++) {
            int low = 1000 + random.nextInt(50_000);
            csv.append("Risk ").append(i).append(" of the generated register,")
                    .append("\"Cause, event and effect\nof risk ").append(i).append("\",")
                    .append(CATEGORIES[random.nextInt(CATEGORIES.length)]).append(",IDENTIFIED,")
                    .append(RESPONSES[random.nextInt(RESPONSES.length)]).append(',')
                    .append(i % 5 == 0 ? "cole" : "").append(',')
                    .append(1 + random.nextInt(5)).append(',').append(1 + random.nextInt(5)).append(',')
                    .append(String.format("0.%03d", 1 + random.nextInt(999))).append(',')
                    .append(low).append(".00,").append(low * (2 + random.nextInt(20))).append(".50,")
                    .append("2027-0").append(1 + random.nextInt(9)).append("-15\r\n");
        }
        return csv.toString();
    }
}
