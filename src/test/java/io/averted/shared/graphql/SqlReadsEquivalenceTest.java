package io.averted.shared.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.averted.prevention.Investment;
import io.averted.prevention.InvestmentStatus;
import io.averted.project.Project;
import io.averted.risk.Risk;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * The SQL read path answers exactly what graphql-java answers: each query is asked twice, through the path and with
 * the path switched off, and the two answers must be the same JSON (keys in the same order, numbers with the same
 * digits). Each query must also have been answered by the path, in one statement and without Hibernate.
 */
@QuarkusTest
@TestSecurity(user = "maria", roles = "manager")
class SqlReadsEquivalenceTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Inject
    SqlReads reads;

    @Inject
    TestData data;

    @Inject
    SessionFactory sessionFactory;

    Project project;
    Risk tie;
    Risk big;

    @BeforeEach
    void data() {
        project = data.project("JPY", "maria:MANAGER", "sam:SPONSOR");
        var milestone = data.milestone(project.id, "Go-live");
        // 0.5 x 0.01 = 0.005 and 0.5 x 0.05 = 0.025: money rounds half-even (0.00, 0.02), not half-up
        tie = data.risk(project.id, "tie low", "0.5", "0.01", "0.01", 1, 1);
        Risk up = data.risk(project.id, "tie high – €, ü, 日本", "0.5", "0.05", "0.05", 2, 3);
        Risk big = data.risk(project.id, "big", "0.123456", "1000.10", "250000.00", 5, 5);
        data.risk(project.id, "same loss a", "0.1", "100", "200", 1, 2);
        data.risk(project.id, "same loss b", "0.1", "100", "200", 1, 2);
        data.assignMilestone(big.id, milestone.id);
        this.big = big;
        Investment approved = data.investment(project.id, "Diff tool", InvestmentStatus.APPROVED, "2000.00", "500.50");
        Investment proposed = data.investment(project.id, "Backups", InvestmentStatus.PROPOSED, "0.00", "1200");
        data.mitigation(approved, big, "0.5", "0.25");
        data.mitigation(proposed, big, "0.100000", "0");
        data.mitigation(approved, tie, "1", "1");
        // two incidents at the same moment: newest first, ties by id
        UUID first = data.incident(project.id, "Test data in production");
        UUID second = data.incident(project.id, "Snapshot restored over live");
        data.materialize(first, big.id);
        data.materialize(second, big.id);
        data.loss(first, "LABOR", "1234.50", "10", "123.45");
        data.loss(second, "REVENUE", "0.01", null, null);
        reads.enable(true);
    }

    @AfterEach
    void enable() {
        reads.enable(true);
    }

    @Test
    void the_register_page_is_the_same() {
        same("""
                query($id: ID!) { project(id: $id) { risks(first: 50, orderBy: {field: EXPECTED_LOSS, direction: DESC}) { nodes {
                  id title status probability expectedLoss { amount currency } milestone { id name dueDate }
                  mitigations { probabilityReduction lossReduction investment { id name status } } } } } }""",
                Map.of("id", project.id.toString()));
    }

    @Test
    void every_described_field_of_a_risk_is_the_same() {
        same("""
                query($id: ID!) { risk(id: $id) {
                  __typename id title description category status response likelihood impact score probability nextReviewOn closedReason version
                  lossLow { amount currency __typename } lossHigh { currency amount } expectedLoss { amount }
                  project { id key name description currency status startDate targetDate version }
                  milestone { id name description kind dueDate status completedBy version project { key } }
                  mitigations { id probabilityReduction lossReduction version risk { title }
                    investment { id name description kind vendor status proposedBy decidedBy decisionRationale version
                      oneTimeCost { amount currency } annualCost { amount } project { key } } }
                  incidents { id title description severity dataLostMinutes dataLostRecords nearMiss reportedBy version
                    lossAvoidedByLuck { amount } project { key } milestone { name } } } }""",
                Map.of("id", big.id.toString()));
    }

    @Test
    void text_is_escaped_and_nulls_written_as_graphql_java_does() {
        Risk odd = data.risk(project.id, "\"quoted\" \\ back\nnew line\ttab \u0001 \u2028 </script> ü 日本", "0.25", "1", "2", 1, 1);
        same("query($id: ID!) { risk(id: $id) { title description closedReason nextReviewOn milestone { name } mitigations { id } } }",
                Map.of("id", odd.id.toString()));
    }

    @Test
    void orders_page_sizes_and_counts_are_the_same() {
        for (String order : List.of("{field: EXPECTED_LOSS, direction: ASC}", "{field: SCORE, direction: DESC}",
                "{field: NEXT_REVIEW, direction: ASC}", "{field: UPDATED, direction: DESC}")) {
            same("query($id: ID!, $first: Int) { project(id: $id) { risks(first: $first, orderBy: " + order
                    + ") { totalCount nodes { title score } } } }", Map.of("id", project.id.toString(), "first", 3));
        }
        same("""
                query($id: ID!) { project(id: $id) { key
                  investments(first: 1) { totalCount nodes { name annualCost { amount } } }
                  incidents { __typename totalCount nodes { title } }
                  milestones(first: 200) { totalCount nodes { name } }
                  risks { totalCount } } }""", Map.of("id", project.id.toString()));
    }

    @Test
    void the_projects_list_with_counts_is_the_same() {
        same("{ projects(first: 100) { totalCount nodes { id key name risks { totalCount } investments { totalCount } incidents { totalCount } } } }",
                Map.of());
        same("{ projects { nodes { key } } }", Map.of());
    }

    @Test
    void the_headline_economics_are_the_same() {
        // one-time 2,000.00 over 3 years: 666.666… rounds to 666.67 on both paths
        same("""
                { projects(first: 100) { nodes { key economics { currency expectedLossInherent { amount currency }
                  preventionCost { annualized { amount currency } } incidentLoss { total { amount } __typename } } } } }""", Map.of());
    }

    @Test
    void aliases_fragments_typename_and_repeated_fields_are_the_same() {
        same("""
                query Register($id: ID!, $other: ID!) {
                  __typename
                  mine: project(id: $id) { ...Head big: risks(first: 1) { nodes { ...Money } } small: risks(first: 2, orderBy: {field: EXPECTED_LOSS, direction: ASC}) { nodes { ...Money title } } }
                  missing: project(id: $other) { key }
                  garbage: risk(id: "not-an-id") { title }
                }
                fragment Head on Project { key ... on Project { name } key }
                fragment Money on Risk { expectedLoss { amount } expectedLoss { currency } id }""",
                Map.of("id", project.id.toString(), "other", UUID.randomUUID().toString()));
    }

    @Test
    void what_a_non_member_cannot_read_is_null_as_graphql_java_says() {
        Project theirs = data.project("USD", "cole:CONTRIBUTOR");
        Risk hidden = data.risk(theirs.id, "not yours", "0.1", "100", "200", 1, 1);
        // a membership bound to another token subject is not this maria's
        Project anotherMaria = data.project("USD");
        data.addMember(anotherMaria.id, "maria", "MANAGER", "subject-of-another-maria");
        same("query($p: ID!, $r: ID!, $q: ID!) { project(id: $p) { key } risk(id: $r) { title } other: project(id: $q) { key } }",
                Map.of("p", theirs.id.toString(), "r", hidden.id.toString(), "q", anotherMaria.id.toString()));
        assertThat(post("query($q: ID!) { project(id: $q) { key } }", Map.of("q", anotherMaria.id.toString())),
                equalTo("{\"data\":{\"project\":null}}"));
    }

    @Test
    void a_query_with_a_field_it_does_not_describe_is_answered_by_graphql_java_alone() {
        long before = reads.answered();
        String answer = post("query($id: ID!) { project(id: $id) { key members { username } } }", Map.of("id", project.id.toString()));
        assertThat(reads.answered(), equalTo(before));
        assertThat(answer, not(org.hamcrest.Matchers.containsString("\"errors\"")));
        assertThat(answer, org.hamcrest.Matchers.containsString("\"maria\""));
    }

    @Test
    void a_query_over_the_limits_is_refused_by_graphql_java_as_before() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 401; i++) {
            fields.append(" k").append(i).append(": key");
        }
        long before = reads.answered();
        String answer = post("query($id: ID!) { project(id: $id) {" + fields + " } }", Map.of("id", project.id.toString()));
        assertThat(reads.answered(), equalTo(before));
        assertThat(answer, org.hamcrest.Matchers.containsString("\"errors\""));
    }

    /** Asks the query through the SQL read path and through graphql-java: the same JSON, and the path answered it alone. */
    private void same(String query, Map<String, Object> variables) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        long before = reads.answered();
        String sql = post(query, variables);
        assertThat("answered by the SQL read path: " + query, reads.answered(), equalTo(before + 1));
        assertThat("no statement through Hibernate", statistics.getPrepareStatementCount(), equalTo(0L));

        reads.enable(false);
        String graphQLJava = post(query, variables);
        reads.enable(true);
        assertThat(reads.answered(), equalTo(before + 1));

        JsonNode expected = tree(graphQLJava);
        assertThat(graphQLJava, expected.get("errors"), nullValue());
        assertThat(query, tree(sql), equalTo(expected));
        assertThat("keys in the same order", keyOrder(tree(sql)), equalTo(keyOrder(expected)));
    }

    private static String post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables))
                .when().post("/graphql").then().statusCode(200).extract().asString();
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(json, e);
        }
    }

    /** Every object's keys, depth first: ObjectNode.equals ignores their order, GraphQL does not. */
    private static List<String> keyOrder(JsonNode node) {
        List<String> keys = new java.util.ArrayList<>();
        walk(node, keys);
        return keys;
    }

    private static void walk(JsonNode node, List<String> keys) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(keys::add);
            node.elements().forEachRemaining(child -> walk(child, keys));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> walk(child, keys));
        }
    }
}
