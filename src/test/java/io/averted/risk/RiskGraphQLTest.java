package io.averted.risk;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RiskGraphQLTest {

    static final String CREATE = """
            mutation($input: RiskCreateInput!) {
              riskCreate(input: $input) {
                risk { id title status score probability version owner { username }
                       lossLow { amount currency } lossHigh { amount } expectedLoss { amount currency } }
                userErrors { code field message }
              }
            }""";

    static final String UPDATE = """
            mutation($input: RiskUpdateInput!) {
              riskUpdate(input: $input) {
                risk { id probability version status }
                userErrors { code field message }
              }
            }""";

    @Inject
    TestData data;

    static Map<String, Object> validRisk(Project project) {
        Map<String, Object> input = new HashMap<>();
        input.put("projectId", project.id.toString());
        input.put("title", "Migration loads the wrong source");
        input.put("category", "DATA_INTEGRITY");
        input.put("response", "MITIGATE");
        input.put("likelihood", 3);
        input.put("impact", 5);
        input.put("probability", "0.2");
        input.put("lossLow", "20000");
        input.put("lossHigh", "150000");
        return input;
    }

    /** PRODUCT.md section 4, computed independently of the database: p * exp(mu + sigma^2 / 2). */
    static BigDecimal expectedLoss(double p, double low, double high) {
        double mu = (Math.log(low) + Math.log(high)) / 2;
        double sigma = (Math.log(high) - Math.log(low)) / (2 * 1.6448536269514722);
        return BigDecimal.valueOf(p * Math.exp(mu + sigma * sigma / 2)).setScale(2, RoundingMode.HALF_EVEN);
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_manager_records_a_risk_with_its_inherent_expected_loss() {
        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");
        Map<String, Object> input = validRisk(project);
        input.put("owner", "cole");

        JsonPath result = graphQL(CREATE, Map.of("input", input));

        assertThat(result.getList("data.riskCreate.userErrors"), empty());
        assertThat(result.getString("data.riskCreate.risk.status"), equalTo("IDENTIFIED"));
        assertThat(result.getInt("data.riskCreate.risk.score"), equalTo(15));
        assertThat(result.getString("data.riskCreate.risk.owner.username"), equalTo("cole"));
        assertThat(result.getString("data.riskCreate.risk.expectedLoss.currency"), equalTo("USD"));
        assertEquals(expectedLoss(0.2, 20000, 150000),
                new BigDecimal(result.getString("data.riskCreate.risk.expectedLoss.amount")));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_point_estimate_has_an_expected_loss_of_exactly_probability_times_loss() {
        Project project = data.project("EUR", "maria:MANAGER");
        Map<String, Object> input = validRisk(project);
        input.put("probability", "0.25");
        input.put("lossLow", "1000.20");
        input.put("lossHigh", "1000.20");

        JsonPath result = graphQL(CREATE, Map.of("input", input));

        assertEquals(new BigDecimal("250.05"), new BigDecimal(result.getString("data.riskCreate.risk.expectedLoss.amount")));
    }

    @Test
    @TestSecurity(user = "vic", roles = "viewer")
    void a_viewer_cannot_write_to_the_register() {
        Project project = data.project("USD", "vic:VIEWER");

        JsonPath result = graphQL(CREATE, Map.of("input", validRisk(project)));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(registerSize(project), equalTo(0));
    }

    @Test
    @TestSecurity(user = "cole", roles = "contributor")
    void a_contributor_cannot_edit_the_register() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        Risk risk = data.risk(project.id, "Existing", "0.1", "100", "200", 1, 1);

        JsonPath created = graphQL(CREATE, Map.of("input", validRisk(project)));
        JsonPath updated = graphQL(UPDATE, Map.of("input", Map.of("id", risk.id.toString(), "version", 0, "probability", "0.9")));

        assertThat(created.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(updated.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(registerSize(project), equalTo(1));
        assertEquals(0, new BigDecimal("0.1").compareTo(new BigDecimal(readRisk(risk).getString("data.risk.probability"))));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_manager_of_one_project_can_neither_read_nor_change_another() {
        Project mine = data.project("USD", "maria:MANAGER");
        Project theirs = data.project("USD", "nina:MANAGER");
        Risk theirRisk = data.risk(theirs.id, "Not yours", "0.1", "100", "200", 1, 1);

        JsonPath read = graphQL("""
                query($id: ID!, $risk: ID!) { project(id: $id) { id } risk(id: $risk) { id } }""",
                Map.of("id", theirs.id.toString(), "risk", theirRisk.id.toString()));
        JsonPath created = graphQL(CREATE, Map.of("input", validRisk(theirs)));
        JsonPath updated = graphQL(UPDATE, Map.of("input", Map.of("id", theirRisk.id.toString(), "version", 0, "probability", "0.9")));
        List<String> list = allVisibleProjectIds();

        assertThat(read.get("data.project"), nullValue());
        assertThat(read.get("data.risk"), nullValue());
        assertThat(created.getString("data.riskCreate.userErrors[0].code"), equalTo("NOT_FOUND"));
        assertThat(updated.getString("data.riskUpdate.userErrors[0].code"), equalTo("NOT_FOUND"));
        assertThat(list, hasItem(mine.id.toString()));
        assertThat(list, not(hasItem(theirs.id.toString())));
        assertThat(data.historyCount(theirRisk.id), equalTo(1L));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_project_the_user_is_not_member_of_looks_exactly_like_one_that_does_not_exist() {
        Project theirs = data.project("USD", "nina:MANAGER");

        JsonPath hidden = graphQL("query($id: ID!) { project(id: $id) { id } }", Map.of("id", theirs.id.toString()));
        JsonPath missing = graphQL("query($id: ID!) { project(id: $id) { id } }", Map.of("id", java.util.UUID.randomUUID().toString()));

        assertEquals(missing.prettify(), hidden.prettify());
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("probability", "1.5", "OUT_OF_RANGE"),
                Arguments.of("probability", "-0.1", "OUT_OF_RANGE"),
                Arguments.of("probability", "0.1234567", "OUT_OF_RANGE"),
                Arguments.of("lossLow", "0", "OUT_OF_RANGE"),
                Arguments.of("lossLow", "-5", "OUT_OF_RANGE"),
                Arguments.of("lossHigh", "19999.99", "INVALID"),
                Arguments.of("likelihood", 0, "OUT_OF_RANGE"),
                Arguments.of("likelihood", 6, "OUT_OF_RANGE"),
                Arguments.of("impact", 0, "OUT_OF_RANGE"),
                Arguments.of("impact", 6, "OUT_OF_RANGE"),
                Arguments.of("title", "   ", "REQUIRED"),
                Arguments.of("title", "x".repeat(201), "TOO_LONG"),
                Arguments.of("description", "x".repeat(4001), "TOO_LONG"),
                Arguments.of("owner", "nobody", "INVALID"),
                Arguments.of("status", "CLOSED", "INVALID"));
    }

    @ParameterizedTest(name = "{0} = {1} is refused with {2}")
    @MethodSource("badValues")
    @TestSecurity(user = "maria", roles = "manager")
    void a_bad_value_is_refused_with_a_typed_error_naming_the_field_and_nothing_is_written(String field, Object value, String code) {
        Project project = data.project("USD", "maria:MANAGER");
        long historyBefore = data.count("history");
        Map<String, Object> input = validRisk(project);
        input.put(field, value);

        JsonPath result = graphQL(CREATE, Map.of("input", input));

        assertThat(result.get("errors"), nullValue());
        assertThat(result.get("data.riskCreate.risk"), nullValue());
        assertThat(result.getList("data.riskCreate.userErrors"), hasSize(1));
        assertThat(result.getString("data.riskCreate.userErrors[0].field"), equalTo(field));
        assertThat(result.getString("data.riskCreate.userErrors[0].code"), equalTo(code));
        assertThat(registerSize(project), equalTo(0));
        assertThat(data.count("history"), equalTo(historyBefore));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_bad_value_in_an_update_changes_nothing() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk risk = data.risk(project.id, "Existing", "0.1", "100", "200", 1, 1);

        JsonPath result = graphQL(UPDATE, Map.of("input", Map.of("id", risk.id.toString(), "version", 0,
                "probability", "0.5", "lossHigh", "50")));

        assertThat(result.getString("data.riskUpdate.userErrors[0].field"), equalTo("lossHigh"));
        JsonPath after = readRisk(risk);
        assertEquals(0, new BigDecimal("0.1").compareTo(new BigDecimal(after.getString("data.risk.probability"))));
        assertThat(after.getInt("data.risk.version"), equalTo(0));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void an_update_from_a_stale_version_is_a_conflict_and_overwrites_nothing() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk risk = data.risk(project.id, "Shared", "0.1", "100", "200", 1, 1);

        JsonPath first = graphQL(UPDATE, Map.of("input", Map.of("id", risk.id.toString(), "version", 0, "probability", "0.3")));
        JsonPath second = graphQL(UPDATE, Map.of("input", Map.of("id", risk.id.toString(), "version", 0, "probability", "0.9")));

        assertThat(first.getList("data.riskUpdate.userErrors"), empty());
        assertThat(first.getInt("data.riskUpdate.risk.version"), equalTo(1));
        assertThat(second.getString("data.riskUpdate.userErrors[0].code"), equalTo("CONFLICT"));
        assertThat(second.get("data.riskUpdate.risk"), nullValue());
        assertEquals(0, new BigDecimal("0.3").compareTo(new BigDecimal(readRisk(risk).getString("data.risk.probability"))));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void every_change_is_kept_with_its_actor_and_before_and_after_values() {
        Project project = data.project("USD", "maria:MANAGER");
        String id = graphQL(CREATE, Map.of("input", validRisk(project))).getString("data.riskCreate.risk.id");
        graphQL(UPDATE, Map.of("input", Map.of("id", id, "version", 0, "probability", "0.3", "status", "MITIGATING")));

        JsonPath history = graphQL("""
                query($id: ID!) { risk(id: $id) { history { actor operation at changes { field before after } } } }""",
                Map.of("id", id));

        List<Map<String, Object>> entries = history.getList("data.risk.history");
        assertThat(entries, hasSize(2));
        assertThat(history.getString("data.risk.history[0].operation"), equalTo("CREATED"));
        assertThat(history.getString("data.risk.history[0].actor"), equalTo("maria"));
        assertThat(history.getString("data.risk.history[1].operation"), equalTo("UPDATED"));
        assertThat(history.getString("data.risk.history[1].actor"), equalTo("maria"));
        assertThat(history.getList("data.risk.history[1].changes.field"), contains("probability", "status"));
        assertThat(history.getString("data.risk.history[1].changes[0].before"), equalTo("0.200000"));
        assertThat(history.getString("data.risk.history[1].changes[0].after"), equalTo("0.300000"));
        assertThat(history.getString("data.risk.history[1].changes[1].before"), equalTo("\"IDENTIFIED\""));
        assertThat(history.getString("data.risk.history[1].changes[1].after"), equalTo("\"MITIGATING\""));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void closing_a_risk_keeps_it_in_the_register_as_closed() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk risk = data.risk(project.id, "Gone", "0.1", "100", "200", 1, 1);

        JsonPath closed = graphQL("""
                mutation($input: RiskCloseInput!) { riskClose(input: $input) { risk { status closedReason } userErrors { code } } }""",
                Map.of("input", Map.of("id", risk.id.toString(), "version", 0, "reason", "Vendor replaced")));
        JsonPath again = graphQL("""
                mutation($input: RiskCloseInput!) { riskClose(input: $input) { userErrors { code field } } }""",
                Map.of("input", Map.of("id", risk.id.toString(), "version", 1)));

        assertThat(closed.getString("data.riskClose.risk.status"), equalTo("CLOSED"));
        assertThat(closed.getString("data.riskClose.risk.closedReason"), equalTo("Vendor replaced"));
        assertThat(again.getString("data.riskClose.userErrors[0].code"), equalTo("INVALID"));
        assertThat(registerSize(project), equalTo(1));
        assertThat(data.historyCount(risk.id), equalTo(2L));
    }

    /** Every project the signed-in user can see, page by page: other tests add projects for the same users. */
    private static List<String> allVisibleProjectIds() {
        List<String> ids = new java.util.ArrayList<>();
        String after = null;
        do {
            Map<String, Object> vars = new HashMap<>();
            vars.put("after", after);
            JsonPath page = graphQL("query($after: String) { projects(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }", vars);
            ids.addAll(page.getList("data.projects.nodes.id"));
            after = page.getBoolean("data.projects.pageInfo.hasNextPage") ? page.getString("data.projects.pageInfo.endCursor") : null;
        } while (after != null);
        return ids;
    }

    private JsonPath readRisk(Risk risk) {
        return graphQL("query($id: ID!) { risk(id: $id) { probability version status } }", Map.of("id", risk.id.toString()));
    }

    private int registerSize(Project project) {
        return Math.toIntExact(data.riskCount(project.id));
    }
}
