package io.averted.shared;

import static io.averted.support.GraphQL.graphQL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The fuzzer's findings, one by one: each bad input gets a typed answer, never a 500 or a Java class name, and changes nothing. */
@QuarkusTest
@TestSecurity(user = "maria", roles = "manager")
class HostileInputTest {

    static final String CREATE_RISK = """
            mutation($input: RiskCreateInput!) { riskCreate(input: $input) { risk { id } userErrors { code field message } } }""";

    @Inject
    TestData data;

    private static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/graphql");
    }

    private static void assertClientError(Response response) {
        assertThat(response.statusCode(), both(greaterThanOrEqualTo(200)).and(lessThan(500)));
        String body = response.asString();
        assertThat(body, not(containsString("java.")));
        assertThat(body, not(containsString("System error")));
        if (response.statusCode() == 200) {
            assertThat(response.jsonPath().get("errors"), notNullValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"query\": \"{ viewer { username } }\", \"variables\": \"not an object\"}",
            "{\"query\": \"{ viewer { username } }\", \"variables\": [1, 2]}",
            "{\"query\": \"{ viewer { username } }\", \"operationName\": 5}",
            "{\"query\": 5}",
            "[1, 2, 3]",
            "not json at all" })
    void a_malformed_request_gets_a_client_error(String body) {
        assertClientError(post(body));
    }

    @Test
    void json_nested_deeper_than_anyone_needs_gets_a_client_error() {
        String deep = "[".repeat(1500) + "]".repeat(1500);
        assertClientError(post("{\"query\": \"{ viewer { username } }\", \"variables\": {\"x\": " + deep + "}}"));
    }

    private Map<String, Object> risk(Project project) {
        Map<String, Object> input = new HashMap<>();
        input.put("projectId", project.id.toString());
        input.put("title", "Hostile");
        input.put("category", "OTHER");
        input.put("likelihood", 2);
        input.put("impact", 2);
        input.put("probability", "0.1");
        input.put("lossLow", "100");
        input.put("lossHigh", "200");
        return input;
    }

    private void assertRiskRefused(Project project, Map<String, Object> input, String field) {
        JsonPath result = graphQL(CREATE_RISK, Map.of("input", input));
        if (result.get("errors") == null) {
            assertThat(result.getString("data.riskCreate.userErrors[0].field"), equalTo(field));
        } else {
            assertThat(result.prettyPrint(), not(containsString("java.")));
        }
        assertThat(data.riskCount(project.id), equalTo(0L));
    }

    @Test
    void a_nul_character_in_text_is_refused() {
        Project project = data.project("USD", "maria:MANAGER");
        Map<String, Object> input = risk(project);
        input.put("title", "bad\u0000title");
        assertRiskRefused(project, input, "title");
    }

    @ParameterizedTest
    @ValueSource(strings = { "+999999999-12-31", "-999999999-01-01", "0001-01-01", "9999-12-31" })
    void a_date_outside_the_sane_window_is_refused(String date) {
        Project project = data.project("USD", "maria:MANAGER");
        Map<String, Object> input = risk(project);
        input.put("nextReviewOn", date);
        JsonPath result = graphQL(CREATE_RISK, Map.of("input", input));
        assertThat(result.prettyPrint(), not(containsString("java.")));
        assertThat(data.riskCount(project.id), equalTo(0L));
    }

    @Test
    void a_loss_range_whose_mean_overflows_is_refused() {
        Project project = data.project("USD", "maria:MANAGER");
        Map<String, Object> input = risk(project);
        input.put("lossLow", "1");
        input.put("lossHigh", "1000000000000");
        assertRiskRefused(project, input, "lossHigh");
    }

    @Test
    void a_fractional_likelihood_is_refused_not_truncated() {
        Project project = data.project("USD", "maria:MANAGER");
        Map<String, Object> input = risk(project);
        input.put("likelihood", 2.5);
        JsonPath result = graphQL(CREATE_RISK, Map.of("input", input));
        assertThat(result.get("errors"), notNullValue());
        assertThat(data.riskCount(project.id), equalTo(0L));
    }

    @Test
    void a_page_size_beyond_int_is_refused() {
        Project project = data.project("USD", "maria:MANAGER");
        Response response = given().contentType(ContentType.JSON).body(Map.of(
                "query", "query($id: ID!, $first: Int) { project(id: $id) { risks(first: $first) { totalCount } } }",
                "variables", Map.of("id", project.id.toString(), "first", 2147483648L))).when().post("/graphql");
        assertClientError(response);
    }

    @Test
    void null_entries_in_lists_are_refused() {
        Project project = data.project("USD", "maria:MANAGER");
        Map<String, Object> input = new HashMap<>();
        input.put("projectId", project.id.toString());
        input.put("title", "Outage");
        input.put("severity", "SEV2");
        input.put("occurredAt", "2026-11-01T10:00:00Z");
        input.put("detectedAt", "2026-11-01T10:10:00Z");
        List<Object> ids = new ArrayList<>();
        ids.add(null);
        input.put("riskIds", ids);
        Response response = given().contentType(ContentType.JSON).body(Map.of(
                "query", "mutation($input: IncidentReportInput!) { incidentReport(input: $input) { incident { id } userErrors { code field } } }",
                "variables", Map.of("input", input))).when().post("/graphql");
        assertClientError(response.statusCode() == 200 && response.jsonPath().get("errors") == null
                ? failIfWritten(response, project) : response);
        assertThat(data.countInProject("incident", project.id), equalTo(0L));
    }

    private Response failIfWritten(Response response, Project project) {
        assertThat(response.jsonPath().getString("data.incidentReport.userErrors[0].code"), equalTo("REQUIRED"));
        return given().contentType(ContentType.JSON).body("[]").when().post("/graphql");
    }

    @Test
    void a_list_longer_than_the_cap_is_refused() {
        Project project = data.project("USD", "maria:MANAGER");
        Map<String, Object> input = new HashMap<>();
        input.put("projectId", project.id.toString());
        input.put("title", "Outage");
        input.put("severity", "SEV2");
        input.put("occurredAt", "2026-11-01T10:00:00Z");
        input.put("detectedAt", "2026-11-01T10:10:00Z");
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            ids.add(java.util.UUID.randomUUID().toString());
        }
        input.put("riskIds", ids);
        JsonPath result = graphQL("mutation($input: IncidentReportInput!) { incidentReport(input: $input) { incident { id } userErrors { code field } } }",
                Map.of("input", input));
        assertThat(result.getString("data.incidentReport.userErrors[0].code"), equalTo("TOO_LONG"));
        assertThat(data.countInProject("incident", project.id), equalTo(0L));
    }

    @ParameterizedTest
    @ValueSource(strings = { "dueDate\nnotadate\n00000000-0000-0000-0000-000000000000", "dueDate\n2026-01-01\u0000\nzz", "garbage" })
    void a_forged_milestone_cursor_is_a_bad_argument(String raw) {
        Project project = data.project("USD", "maria:MANAGER");
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        JsonPath result = graphQL("query($id: ID!, $after: String) { project(id: $id) { milestones(after: $after) { totalCount } } }",
                Map.of("id", project.id.toString(), "after", cursor));
        assertThat(result.getString("errors[0].extensions.code"), equalTo("BAD_ARGUMENT"));
    }

    @Test
    void a_garbage_incident_cursor_is_a_bad_argument_not_an_empty_page() {
        Project project = data.project("USD", "maria:MANAGER");
        data.incident(project.id, "One");
        JsonPath result = graphQL("query($id: ID!) { project(id: $id) { incidents(after: \"bm9wZQ\") { totalCount } } }",
                Map.of("id", project.id.toString()));
        assertThat(result.getString("errors[0].extensions.code"), equalTo("BAD_ARGUMENT"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"abc\"", "null", "1.5" })
    void a_seed_that_is_not_a_number_gets_a_typed_error(String seed) {
        Project project = data.project("USD", "maria:MANAGER");
        Response response = post("{\"query\": \"query($id: ID!, $seed: Long) { project(id: $id) { lossSimulation(trials: 10, seed: $seed) { seed } } }\","
                + " \"variables\": {\"id\": \"" + project.id + "\", \"seed\": " + seed + "}}");
        assertClientError(response);
    }

    @Test
    void a_taken_key_is_reported_without_naming_the_constraint() {
        Project taken = data.project("USD", "maria:MANAGER");
        JsonPath result = graphQL("""
                mutation($input: ProjectCreateInput!) { projectCreate(input: $input) { userErrors { code field message } } }""",
                Map.of("input", Map.of("key", taken.key, "name", "Again", "currency", "USD")));
        assertThat(result.getString("data.projectCreate.userErrors[0].code"), equalTo("TAKEN"));
        assertThat(result.getString("data.projectCreate.userErrors[0].message"), not(containsString("_unique")));
    }

    @Test
    void a_labor_loss_that_overflows_is_refused() {
        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");
        java.util.UUID incident = data.incident(project.id, "Outage");
        JsonPath result = graphQL("""
                mutation($input: IncidentAddLossInput!) { incidentAddLoss(input: $input) { userErrors { code field message } } }""",
                Map.of("input", Map.of("incidentId", incident.toString(), "type", "LABOR", "hours", "1000000", "hourlyRate", "1000000000000000")));
        assertThat(result.prettyPrint(), not(containsString("java.")));
        assertThat(data.count("loss_item where incident_id = '" + incident + "'"), equalTo(0L));
    }
}
