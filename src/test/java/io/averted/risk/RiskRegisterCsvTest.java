package io.averted.risk;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.averted.milestone.Milestone;
import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RiskRegisterCsvTest {

    static final String EXPORT = """
            query($id: ID!, $filter: RiskFilter) {
              project(id: $id) { riskRegisterCsv(filter: $filter) viewerCanEditRegister }
            }""";

    static final String IMPORT = """
            mutation($input: RiskRegisterImportInput!) {
              riskRegisterImport(input: $input) {
                created updated unchanged invalid committed
                rows { row action riskId title changedColumns }
                rowErrors { row column code message }
                userErrors { code field message }
              }
            }""";

    static final String HEADER = "title,category,response,likelihood,impact,probability,lossLow,lossHigh";

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    static String csv(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    static JsonPath importCsv(Project project, String csv, boolean commit) {
        Map<String, Object> input = new HashMap<>();
        input.put("projectId", project.id.toString());
        input.put("csv", csv);
        input.put("commit", commit);
        return graphQL(IMPORT, Map.of("input", input));
    }

    static String export(Project project, Map<String, Object> filter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", project.id.toString());
        if (filter != null) {
            variables.put("filter", filter);
        }
        return graphQL(EXPORT, variables).getString("data.project.riskRegisterCsv");
    }

    static List<CSVRecord> records(String csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(csv.substring(1), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    @Transactional
    String titleOf(UUID riskId) {
        return em.find(Risk.class, riskId).title;
    }

    @Transactional
    Risk reload(UUID riskId) {
        return em.find(Risk.class, riskId);
    }

    // --- export -----------------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void the_export_is_a_bom_a_header_and_every_field_of_each_risk() throws IOException {
        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");
        Milestone milestone = data.milestone(project.id, "Go-live");
        Risk risk = data.risk(project.id, "=Wrong source, again", "0.15", "20000", "150000", 3, 5);
        setDetails(risk.id, milestone.id, "Checklist points at UAT,\nnot production", "cole", LocalDate.of(2026, 12, 15));

        String csv = export(project, null);

        assertEquals('\uFEFF', csv.charAt(0));
        assertTrue(csv.startsWith("\uFEFFid,title,description,category,status,response,owner,milestoneId,milestone,likelihood,impact,"
                + "probability,lossLow,lossHigh,nextReviewOn,version,closedReason,score,expectedLoss\r\n"), csv);
        List<CSVRecord> rows = records(csv);
        assertEquals(1, rows.size());
        CSVRecord row = rows.get(0);
        assertEquals(risk.id.toString(), row.get("id"));
        assertEquals("'=Wrong source, again", row.get("title")); // a spreadsheet must not run it as a formula
        assertEquals("Checklist points at UAT,\nnot production", row.get("description"));
        assertEquals("DATA_INTEGRITY", row.get("category"));
        assertEquals("IDENTIFIED", row.get("status"));
        assertEquals("MITIGATE", row.get("response"));
        assertEquals("cole", row.get("owner"));
        assertEquals(milestone.id.toString(), row.get("milestoneId"));
        assertEquals("Go-live", row.get("milestone"));
        assertEquals("3", row.get("likelihood"));
        assertEquals("5", row.get("impact"));
        assertEquals("0.15", row.get("probability"));
        assertEquals("20000.00", row.get("lossLow"));
        assertEquals("150000.00", row.get("lossHigh"));
        assertEquals("2026-12-15", row.get("nextReviewOn"));
        assertEquals("1", row.get("version"));
        assertEquals("15", row.get("score"));
        assertEquals(RiskGraphQLTest.expectedLoss(0.15, 20000, 150000), new BigDecimal(row.get("expectedLoss")));
    }

    @Transactional
    void setDetails(UUID riskId, UUID milestoneId, String description, String owner, LocalDate nextReview) {
        em.createNativeQuery("select set_config('averted.actor', 'test-fixture', true)").getSingleResult();
        Risk risk = em.find(Risk.class, riskId);
        risk.milestoneId = milestoneId;
        risk.description = description;
        risk.ownerUsername = owner;
        risk.nextReviewOn = nextReview;
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void the_export_holds_only_the_risks_the_filter_matches() throws IOException {
        Project project = data.project("USD", "maria:MANAGER");
        data.risk(project.id, "Backup never restored", "0.1", "1000", "2000", 2, 2);
        data.risk(project.id, "Peak-season table lock", "0.1", "1000", "2000", 2, 2);
        data.closeRisk(data.risk(project.id, "Old backup worry", "0.1", "1000", "2000", 2, 2).id);

        String csv = export(project, Map.of("text", "backup", "status", List.of("IDENTIFIED")));

        assertThat(records(csv).stream().map(r -> r.get("title")).toList(), contains("Backup never restored"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void two_aliased_exports_answer_each_with_its_own_filter() throws IOException {
        Project project = data.project("USD", "maria:MANAGER");
        data.risk(project.id, "Backup never restored", "0.1", "1000", "2000", 2, 2);
        data.risk(project.id, "Peak-season table lock", "0.1", "1000", "2000", 2, 2);

        JsonPath result = graphQL("""
                query($id: ID!) {
                  project(id: $id) { backups: riskRegisterCsv(filter: { text: "backup" }) all: riskRegisterCsv }
                }""", Map.of("id", project.id.toString()));

        assertThat(records(result.getString("data.project.backups")).stream().map(r -> r.get("title")).toList(),
                contains("Backup never restored"));
        assertEquals(2, records(result.getString("data.project.all")).size());
    }

    // --- dry run ----------------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_dry_run_tells_what_would_be_created_updated_and_left_unchanged_and_writes_nothing() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk same = data.risk(project.id, "Snapshot restored onto production", "0.1", "1000", "2000", 2, 2);
        Risk changed = data.risk(project.id, "Schema change locks the table", "0.1", "1000", "2000", 2, 2);
        String file = csv("id,version," + HEADER,
                same.id + ",0,Snapshot restored onto production,DATA_INTEGRITY,MITIGATE,2,2,0.1,1000,2000",
                changed.id + ",0,Schema change locks the table,AVAILABILITY,MITIGATE,2,2,0.25,1000,2000",
                ",,Vendor misses the cut-over,VENDOR,TRANSFER,3,3,0.2,5000,40000");

        JsonPath result = importCsv(project, file, false);

        assertThat(result.getList("data.riskRegisterImport.rowErrors"), empty());
        assertThat(result.getList("data.riskRegisterImport.rows.action"), contains("UNCHANGED", "UPDATE", "CREATE"));
        assertThat(result.getList("data.riskRegisterImport.rows.row"), contains(2, 3, 4));
        assertThat(result.getList("data.riskRegisterImport.rows[1].changedColumns"), contains("category", "probability"));
        assertThat(result.getList("data.riskRegisterImport.rows.riskId"), contains(same.id.toString(), changed.id.toString(), null));
        assertEquals(1, result.getInt("data.riskRegisterImport.created"));
        assertEquals(1, result.getInt("data.riskRegisterImport.updated"));
        assertEquals(1, result.getInt("data.riskRegisterImport.unchanged"));
        assertFalse(result.getBoolean("data.riskRegisterImport.committed"));
        assertEquals(2, data.riskCount(project.id));
        assertEquals(0, reload(changed.id).version);
        assertEquals(1, data.historyCount(changed.id));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_dry_run_names_the_row_and_column_of_every_error_with_the_rules_of_risk_create() {
        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");
        String file = csv(HEADER + ",owner,milestone",
                "Fine row,COST,ACCEPT,1,1,0.1,100,200,cole,",
                "Too likely,COST,ACCEPT,1,1,1.5,100,200,,",
                "Range upside down,COST,ACCEPT,1,1,0.1,500,200,,",
                "No category,,ACCEPT,1,1,0.1,100,200,,",
                "Unknown owner,COST,ACCEPT,seven,1,0.1,100,200,nobody,",
                "Unknown milestone,COST,ACCEPT,1,1,0.1,100,200,,Go-live");

        JsonPath result = importCsv(project, file, false);

        List<Map<String, Object>> errors = result.getList("data.riskRegisterImport.rowErrors");
        assertThat(errors.stream().map(e -> e.get("row") + ":" + e.get("column") + ":" + e.get("code")).toList(), containsInAnyOrder(
                "3:probability:OUT_OF_RANGE", "4:lossHigh:INVALID", "5:category:REQUIRED",
                "6:likelihood:INVALID", "6:owner:INVALID", "7:milestone:INVALID"));
        assertThat(result.getString("data.riskRegisterImport.rowErrors.find { it.row == 4 }.message"),
                equalTo("lossHigh must be at least lossLow (500)"));
        assertThat(result.getList("data.riskRegisterImport.rows.action"),
                contains("CREATE", "INVALID", "INVALID", "INVALID", "INVALID", "INVALID"));
        assertEquals(0, data.riskCount(project.id));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_semicolon_file_with_a_bom_quoted_separators_line_breaks_and_decimal_commas_is_read() {
        Project project = data.project("EUR", "maria:MANAGER");
        String file = "\uFEFF" + csv("title;description;category;response;likelihood;impact;probability;lossLow;lossHigh",
                "\"Restore; wrong server\";\"Line one,\nline \"\"two\"\"\";DATA_INTEGRITY;MITIGATE;2;4;0,15;1500,50;9000");

        JsonPath result = importCsv(project, file, true);

        assertThat(result.getList("data.riskRegisterImport.rowErrors"), empty());
        assertTrue(result.getBoolean("data.riskRegisterImport.committed"));
        Risk risk = reload(UUID.fromString(result.getString("data.riskRegisterImport.rows[0].riskId")));
        assertEquals("Restore; wrong server", risk.title);
        assertEquals("Line one,\nline \"two\"", risk.description);
        assertEquals(0, new BigDecimal("0.15").compareTo(risk.probability));
        assertEquals(new BigDecimal("1500.50"), risk.lossLow);
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void an_unknown_column_is_named_in_the_header_row_and_nothing_is_read() {
        Project project = data.project("USD", "maria:MANAGER");

        JsonPath result = importCsv(project, csv(HEADER + ",probabilty", "A,COST,ACCEPT,1,1,0.1,100,200,0.2"), true);

        assertThat(result.getList("data.riskRegisterImport.rowErrors.row"), contains(1));
        assertThat(result.getList("data.riskRegisterImport.rowErrors.column"), contains("probabilty"));
        assertFalse(result.getBoolean("data.riskRegisterImport.committed"));
        assertEquals(0, data.riskCount(project.id));
    }

    // --- commit -----------------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_commit_creates_and_updates_the_risks_each_with_its_history_entry_by_the_importer() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk changed = data.risk(project.id, "Schema change locks the table", "0.1", "1000", "2000", 2, 2);
        String file = csv("id,version," + HEADER,
                changed.id + ",0,Schema change locks the table,AVAILABILITY,MITIGATE,2,2,0.25,1000,2000",
                ",,Vendor misses the cut-over,VENDOR,TRANSFER,3,3,0.2,5000,40000");

        JsonPath result = importCsv(project, file, true);

        assertThat(result.getList("data.riskRegisterImport.userErrors"), empty());
        assertTrue(result.getBoolean("data.riskRegisterImport.committed"));
        UUID created = UUID.fromString(result.getString("data.riskRegisterImport.rows[1].riskId"));
        assertEquals("Vendor misses the cut-over", titleOf(created));
        Risk updated = reload(changed.id);
        assertEquals(RiskCategory.AVAILABILITY, updated.category);
        assertEquals(1, updated.version);
        assertEquals(2, data.historyCount(changed.id));
        assertEquals(1, data.historyCount(created));
        assertEquals(List.of("maria", "maria"), historyActors(List.of(changed.id, created)));
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<String> historyActors(List<UUID> ids) {
        return em.createNativeQuery("select actor from history where entity_id in (:ids) and actor <> 'test-fixture' order by id")
                .setParameter("ids", ids).getResultList();
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_commit_with_one_invalid_row_writes_nothing() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk changed = data.risk(project.id, "Schema change locks the table", "0.1", "1000", "2000", 2, 2);
        String file = csv("id,version," + HEADER,
                changed.id + ",0,Schema change locks the table,AVAILABILITY,MITIGATE,2,2,0.25,1000,2000",
                ",,Good new row,VENDOR,TRANSFER,3,3,0.2,5000,40000",
                ",,Bad new row,VENDOR,TRANSFER,3,9,0.2,5000,40000");

        JsonPath result = importCsv(project, file, true);

        assertFalse(result.getBoolean("data.riskRegisterImport.committed"));
        assertThat(result.getList("data.riskRegisterImport.userErrors.field"), contains("csv"));
        assertThat(result.getList("data.riskRegisterImport.rowErrors.column"), contains("impact"));
        assertThat(result.getList("data.riskRegisterImport.rowErrors.row"), contains(4));
        assertEquals(1, data.riskCount(project.id));
        assertEquals(0, reload(changed.id).version);
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void an_exported_register_imported_unchanged_changes_nothing() {
        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");
        Milestone milestone = data.milestone(project.id, "Go-live");
        Risk risk = data.risk(project.id, "@Formula-looking title", "0.123456", "20000.5", "150000", 3, 5);
        setDetails(risk.id, milestone.id, "Two lines,\r\nwith a comma", "cole", LocalDate.of(2026, 12, 15));
        data.closeRisk(data.risk(project.id, "Closed one", "0.1", "1000", "2000", 2, 2).id);
        long history = data.count("history");

        JsonPath result = importCsv(project, export(project, null), true);

        assertThat(result.getList("data.riskRegisterImport.rowErrors"), empty());
        assertThat(result.getList("data.riskRegisterImport.rows.action"), contains("UNCHANGED", "UNCHANGED"));
        assertEquals(1, reload(risk.id).version);
        assertEquals(history, data.count("history"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void importing_the_same_file_twice_creates_and_changes_nothing_the_second_time() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk changed = data.risk(project.id, "Schema change locks the table", "0.1", "1000", "2000", 2, 2);
        String file = csv("id,version," + HEADER,
                changed.id + ",0,Schema change locks the table,AVAILABILITY,MITIGATE,2,2,0.25,1000,2000",
                ",,Vendor misses the cut-over,VENDOR,TRANSFER,3,3,0.2,5000,40000");
        assertTrue(importCsv(project, file, true).getBoolean("data.riskRegisterImport.committed"));
        long history = data.count("history");

        JsonPath again = importCsv(project, file, true);

        // the new row has no id: it now matches the risk it created by its exact title
        assertThat(again.getList("data.riskRegisterImport.rowErrors"), empty());
        assertThat(again.getList("data.riskRegisterImport.rows.action"), contains("UNCHANGED", "UNCHANGED"));
        assertEquals(2, data.riskCount(project.id));
        assertEquals(history, data.count("history"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_row_whose_risk_changed_after_the_export_is_a_conflict_and_nothing_is_overwritten() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk risk = data.risk(project.id, "Schema change locks the table", "0.1", "1000", "2000", 2, 2);
        String file = export(project, null).replace(",0.1,1000.00,", ",0.3,1000.00,");
        data.closeRisk(risk.id); // someone else's change: version 1

        JsonPath result = importCsv(project, file, true);

        assertThat(result.getList("data.riskRegisterImport.rowErrors.code"), contains("CONFLICT"));
        assertThat(result.getList("data.riskRegisterImport.rowErrors.column"), contains("version"));
        assertThat(result.getList("data.riskRegisterImport.rowErrors.row"), contains(2));
        assertEquals(0, new BigDecimal("0.1").compareTo(reload(risk.id).probability));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_change_made_while_the_import_is_written_rolls_the_whole_import_back_as_a_conflict() throws Exception {
        Project project = data.project("USD", "maria:MANAGER");
        Risk risk = data.risk(project.id, "Schema change locks the table", "0.1", "1000", "2000", 2, 2);
        String file = csv("id,version," + HEADER,
                ",,Vendor misses the cut-over,VENDOR,TRANSFER,3,3,0.2,5000,40000",
                risk.id + ",0,Schema change locks the table,DATA_INTEGRITY,MITIGATE,2,2,0.3,1000,2000");
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            List<Future<JsonPath>> importing = new ArrayList<>();
            // someone else changes the risk and holds its row until the import, past its checks, waits to write it
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("select set_config('averted.actor', 'sam', true)").getSingleResult();
                em.createNativeQuery("update risk set probability = 0.5, version = version + 1 where id = :id")
                        .setParameter("id", risk.id).executeUpdate();
                importing.add(executor.submit(() -> importCsv(project, file, true)));
                awaitASessionWaitingForALock();
            });

            JsonPath result = importing.get(0).get(30, TimeUnit.SECONDS);

            assertThat(result.getList("data.riskRegisterImport.userErrors.code"), contains("CONFLICT"));
            assertFalse(result.getBoolean("data.riskRegisterImport.committed"));
            assertEquals(1, data.riskCount(project.id)); // the new row was rolled back too
            assertEquals(0, new BigDecimal("0.5").compareTo(reload(risk.id).probability));
        } finally {
            executor.shutdownNow();
        }
    }

    private void awaitASessionWaitingForALock() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (((Number) em.createNativeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                + "and datname = current_database()").getSingleResult()).longValue() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the import never waited for the locked row");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_change_by_id_without_the_exported_version_is_refused() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk risk = data.risk(project.id, "Schema change locks the table", "0.1", "1000", "2000", 2, 2);

        JsonPath result = importCsv(project, csv("id,probability", risk.id + ",0.3"), false);

        assertThat(result.getList("data.riskRegisterImport.rowErrors.code"), contains("REQUIRED"));
        assertThat(result.getList("data.riskRegisterImport.rowErrors.column"), contains("version"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_row_may_name_its_milestone_by_name_and_may_not_close_a_risk() {
        Project project = data.project("USD", "maria:MANAGER");
        Milestone milestone = data.milestone(project.id, "Go-live");
        Risk risk = data.risk(project.id, "Schema change locks the table", "0.1", "1000", "2000", 2, 2);

        JsonPath result = importCsv(project, csv(HEADER + ",milestone,status",
                "New with milestone,COST,ACCEPT,1,1,0.1,100,200,go-live,",
                "Schema change locks the table,DATA_INTEGRITY,MITIGATE,2,2,0.1,1000,2000,,CLOSED"), true);

        assertThat(result.getList("data.riskRegisterImport.rowErrors.row"), contains(3));
        assertThat(result.getList("data.riskRegisterImport.rowErrors.column"), contains("status"));
        assertThat(result.getString("data.riskRegisterImport.rowErrors[0].message"), containsString("close a risk with riskClose"));
        JsonPath fixed = importCsv(project, csv(HEADER + ",milestone", "New with milestone,COST,ACCEPT,1,1,0.1,100,200,go-live"), true);
        assertEquals(milestone.id, reload(UUID.fromString(fixed.getString("data.riskRegisterImport.rows[0].riskId"))).milestoneId);
        assertEquals(RiskStatus.IDENTIFIED, reload(risk.id).status());
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void two_new_rows_with_the_same_title_are_refused_as_a_duplicate() {
        Project project = data.project("USD", "maria:MANAGER");

        JsonPath result = importCsv(project, csv(HEADER, "Twice,COST,ACCEPT,1,1,0.1,100,200", "Twice,COST,ACCEPT,1,1,0.1,100,200"), false);

        assertThat(result.getList("data.riskRegisterImport.rowErrors.row"), contains(3));
        assertThat(result.getList("data.riskRegisterImport.rowErrors.column"), contains("title"));
    }

    // --- statements ---------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_dry_run_of_a_hundred_rows_runs_as_many_statements_as_one_of_ten() {
        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");
        Milestone milestone = data.milestone(project.id, "Go-live");
        for (int i = 0; i < 100; i++) {
            data.risk(project.id, "existing " + i, "0.1", "100", "200", 1, 1);
        }
        Statistics statistics = sessionFactory.getStatistics();

        long ten = dryRunStatements(project, milestone, 10, statistics);
        long hundred = dryRunStatements(project, milestone, 100, statistics);

        assertEquals(ten, hundred);
    }

    private long dryRunStatements(Project project, Milestone milestone, int rows, Statistics statistics) {
        StringBuilder file = new StringBuilder(HEADER + ",owner,milestoneId\n");
        for (int i = 0; i < rows; i++) {
            // half change an existing risk (matched by title), half are new; all name an owner and a milestone
            file.append(i % 2 == 0 ? "existing " + i : "new " + i).append(",COST,ACCEPT,2,2,0.2,100,200,cole,").append(milestone.id).append('\n');
        }
        statistics.clear();
        JsonPath result = importCsv(project, file.toString(), false);
        assertThat(result.getList("data.riskRegisterImport.rowErrors"), empty());
        return statistics.getPrepareStatementCount();
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void exporting_many_projects_registers_runs_as_many_statements_as_one() {
        Statistics statistics = sessionFactory.getStatistics();
        String query = "{ projects(first: 100) { nodes { key riskRegisterCsv } } }";
        Project one = data.project("USD", "maria:MANAGER");
        data.risk(one.id, "only", "0.1", "100", "200", 1, 1);
        statistics.clear();
        graphQL(query);
        long before = statistics.getPrepareStatementCount();
        for (int i = 0; i < 5; i++) {
            Project more = data.project("USD", "maria:MANAGER");
            data.milestone(more.id, "Go-live");
            data.risk(more.id, "more", "0.1", "100", "200", 1, 1);
        }

        statistics.clear();
        graphQL(query);

        assertEquals(before, statistics.getPrepareStatementCount());
    }

    // --- limits -----------------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_file_of_more_than_10000_rows_is_refused() {
        Project project = data.project("USD", "maria:MANAGER");
        StringBuilder file = new StringBuilder(HEADER).append("\n");
        for (int i = 0; i < RiskRegisterCsv.MAX_ROWS + 1; i++) {
            file.append("R").append(i).append(",COST,ACCEPT,1,1,0.1,100,200\n");
        }

        JsonPath result = importCsv(project, file.toString(), false);

        assertThat(result.getList("data.riskRegisterImport.userErrors.code"), contains("TOO_LONG"));
        assertThat(result.getList("data.riskRegisterImport.userErrors.field"), contains("csv"));
        assertThat(result.getString("data.riskRegisterImport.userErrors[0].message"), containsString("10000 rows"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_file_of_more_than_5_mb_is_refused() {
        Project project = data.project("USD", "maria:MANAGER");
        String file = csv(HEADER + ",description", "A,COST,ACCEPT,1,1,0.1,100,200," + "x".repeat(RiskRegisterCsv.MAX_BYTES));

        JsonPath result = importCsv(project, file, false);

        assertThat(result.getList("data.riskRegisterImport.userErrors.code"), contains("TOO_LONG"));
        assertThat(result.getString("data.riskRegisterImport.userErrors[0].message"), containsString("5 MB"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_file_just_under_5_mb_of_quotes_passes_the_http_body_limit_even_escaped_as_json() {
        Project project = data.project("USD", "maria:MANAGER");
        // every quote in the text is doubled in the CSV and escaped again in JSON: about 10.5 MB of request
        String description = "\"" + "\"\"".repeat((RiskRegisterCsv.MAX_BYTES - 200) / 2) + "\"";
        String file = csv(HEADER + ",description", "A,COST,ACCEPT,1,1,0.1,100,200," + description);

        JsonPath result = importCsv(project, file, false);

        assertThat(result.getList("data.riskRegisterImport.userErrors"), empty());
        assertThat(result.getList("data.riskRegisterImport.rowErrors.column"), contains("description"));
        assertThat(result.getList("data.riskRegisterImport.rowErrors.code"), contains("TOO_LONG"));
    }

    // --- roles ------------------------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "cole", roles = "contributor")
    void a_contributor_may_export_but_not_import() {
        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");

        JsonPath exported = graphQL(EXPORT, Map.of("id", project.id.toString()));
        JsonPath result = importCsv(project, csv(HEADER, "A,COST,ACCEPT,1,1,0.1,100,200"), true);

        assertThat(exported.getString("data.project.riskRegisterCsv"), containsString("id,title"));
        assertFalse(exported.getBoolean("data.project.viewerCanEditRegister"));
        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertEquals(0, data.riskCount(project.id));
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void a_sponsor_may_not_import() {
        Project project = data.project("USD", "maria:MANAGER", "sam:SPONSOR");

        JsonPath result = importCsv(project, csv(HEADER, "A,COST,ACCEPT,1,1,0.1,100,200"), false);

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_manager_may_edit_the_register_but_not_import_into_a_project_it_is_not_a_member_of() {
        Project own = data.project("USD", "maria:MANAGER");
        Project other = data.project("USD", "pat:MANAGER");

        assertTrue(graphQL(EXPORT, Map.of("id", own.id.toString())).getBoolean("data.project.viewerCanEditRegister"));
        JsonPath result = importCsv(other, csv(HEADER, "A,COST,ACCEPT,1,1,0.1,100,200"), true);

        assertThat(result.getList("data.riskRegisterImport.userErrors.code"), contains("NOT_FOUND"));
        assertEquals(0, data.riskCount(other.id));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void text_that_is_not_csv_is_a_user_error() {
        Project project = data.project("USD", "maria:MANAGER");

        JsonPath result = importCsv(project, csv(HEADER, "\"Unclosed,COST,ACCEPT,1,1,0.1,100,200"), false);

        assertThat(result.getList("data.riskRegisterImport.userErrors.code"), hasItem("INVALID"));
        assertThat(result.getString("data.riskRegisterImport.userErrors[0].message"), containsString("not valid CSV"));
        assertThat(result.getString("data.riskRegisterImport.userErrors[0].message"),
                org.hamcrest.Matchers.not(containsString("Exception")));
    }
}
