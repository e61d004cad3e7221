package io.averted.risk;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestSecurity(user = "maria", roles = "manager")
class RiskConnectionTest {

    static final String PAGE = """
            query($id: ID!, $first: Int, $after: String, $filter: RiskFilter, $orderBy: RiskOrder) {
              project(id: $id) {
                risks(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
                  totalCount
                  pageInfo { hasNextPage hasPreviousPage endCursor }
                  edges { cursor node { title score expectedLoss { amount } } }
                  nodes { title }
                }
              }
            }""";

    @Inject
    TestData data;

    @Test
    void the_register_is_sorted_by_expected_loss_largest_first_by_default() {
        Project project = data.project("USD", "maria:MANAGER");
        data.risk(project.id, "small", "0.1", "100", "200", 1, 1);
        data.risk(project.id, "large", "0.5", "10000", "20000", 1, 1);
        data.risk(project.id, "medium", "0.2", "1000", "5000", 1, 1);

        JsonPath result = page(project, Map.of());

        assertThat(result.getList("data.project.risks.nodes.title"), contains("large", "medium", "small"));
        assertThat(result.getInt("data.project.risks.totalCount"), equalTo(3));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "SCORE,ASC", "SCORE,DESC", "EXPECTED_LOSS,ASC", "EXPECTED_LOSS,DESC", "NEXT_REVIEW,ASC", "NEXT_REVIEW,DESC",
            "UPDATED,ASC", "UPDATED,DESC" })
    void keyset_cursors_walk_every_ordering_without_gaps_or_repeats(String field, String direction) {
        Project project = data.project("USD", "maria:MANAGER");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // ties on score (only 3 distinct values) prove the id tie-break keeps paging stable
            titles.add(data.risk(project.id, "risk " + i, "0.1" + i, "100", "200" + i, 1 + i % 3, 1).title);
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> vars = new HashMap<>();
            vars.put("first", 3);
            vars.put("after", after);
            vars.put("orderBy", Map.of("field", field, "direction", direction));
            JsonPath result = page(project, vars);
            seen.addAll(result.getList("data.project.risks.nodes.title"));
            after = result.getBoolean("data.project.risks.pageInfo.hasNextPage")
                    ? result.getString("data.project.risks.pageInfo.endCursor") : null;
            pages++;
        } while (after != null);

        assertThat(pages, equalTo(3));
        assertThat(seen, hasSize(7));
        assertThat(seen, containsInAnyOrder(titles.toArray()));
    }

    @Test
    void scores_come_in_order_across_pages() {
        Project project = data.project("USD", "maria:MANAGER");
        for (int i = 1; i <= 5; i++) {
            data.risk(project.id, "score " + i * i, "0.1", "100", "200", i, i);
        }
        JsonPath first = page(project, Map.of("first", 2, "orderBy", Map.of("field", "SCORE", "direction", "ASC")));
        JsonPath second = page(project, Map.of("first", 2, "orderBy", Map.of("field", "SCORE", "direction", "ASC"),
                "after", first.getString("data.project.risks.pageInfo.endCursor")));

        assertThat(first.getList("data.project.risks.edges.node.score"), contains(1, 4));
        assertThat(second.getList("data.project.risks.edges.node.score"), contains(9, 16));
        assertThat(second.getBoolean("data.project.risks.pageInfo.hasPreviousPage"), equalTo(true));
    }

    @Test
    void a_cursor_from_another_ordering_is_refused() {
        Project project = data.project("USD", "maria:MANAGER");
        data.risk(project.id, "a", "0.1", "100", "200", 1, 1);
        data.risk(project.id, "b", "0.1", "100", "200", 1, 1);
        String cursor = page(project, Map.of("first", 1)).getString("data.project.risks.pageInfo.endCursor");

        JsonPath result = page(project, Map.of("first", 1, "after", cursor, "orderBy", Map.of("field", "SCORE", "direction", "ASC")));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("BAD_ARGUMENT"));
    }

    @Test
    void filters_by_status_category_owner_and_text_together() {
        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");
        String id = data.risk(project.id, "Wrong snapshot restored", "0.1", "100", "200", 1, 1).id.toString();
        data.risk(project.id, "Snapshot too old", "0.1", "100", "200", 1, 1);
        data.risk(project.id, "Unrelated", "0.1", "100", "200", 1, 1);
        graphQL("""
                mutation($input: RiskUpdateInput!) { riskUpdate(input: $input) { userErrors { code } } }""",
                Map.of("input", Map.of("id", id, "version", 0, "owner", "cole", "status", "MITIGATING", "category", "AVAILABILITY")));

        assertThat(titles(project, Map.of("text", "SNAPSHOT")), containsInAnyOrder("Wrong snapshot restored", "Snapshot too old"));
        assertThat(titles(project, Map.of("text", "snapshot", "owner", "cole")), contains("Wrong snapshot restored"));
        assertThat(titles(project, Map.of("status", List.of("MITIGATING", "ACCEPTED"))), contains("Wrong snapshot restored"));
        assertThat(titles(project, Map.of("category", List.of("DATA_INTEGRITY"))), containsInAnyOrder("Snapshot too old", "Unrelated"));
        assertThat(titles(project, Map.of("text", "100%_")), hasSize(0));
    }

    @Test
    void filters_by_milestone_and_by_a_heat_map_cell() {
        Project project = data.project("USD", "maria:MANAGER");
        var milestone = data.milestone(project.id, "Cutover");
        data.risk(project.id, "likely and severe", "0.1", "100", "200", 4, 5);
        data.risk(project.id, "likely, minor", "0.1", "100", "200", 4, 2);
        data.risk(project.id, "rare and severe", "0.1", "100", "200", 1, 5);
        String atCutover = data.risk(project.id, "at the cutover", "0.1", "100", "200", 2, 2).id.toString();
        graphQL("""
                mutation($input: RiskUpdateInput!) { riskUpdate(input: $input) { userErrors { code } } }""",
                Map.of("input", Map.of("id", atCutover, "version", 0, "milestoneId", milestone.id.toString())));

        assertThat(titles(project, Map.of("likelihood", 4, "impact", 5)), contains("likely and severe"));
        assertThat(titles(project, Map.of("likelihood", 4)), containsInAnyOrder("likely and severe", "likely, minor"));
        assertThat(titles(project, Map.of("impact", 5)), containsInAnyOrder("likely and severe", "rare and severe"));
        assertThat(titles(project, Map.of("milestone", milestone.id.toString())), contains("at the cutover"));
        assertThat(titles(project, Map.of("milestone", "not-an-id")), hasSize(0));
        assertThat(page(project, Map.of("filter", Map.of("likelihood", 4, "impact", 5))).getInt("data.project.risks.totalCount"), equalTo(1));
    }

    @Test
    void pages_hold_twenty_by_default_and_never_more_than_a_hundred() {
        Project project = data.project("USD", "maria:MANAGER");
        for (int i = 0; i < 101; i++) {
            data.risk(project.id, "r" + i, "0.1", "100", "200", 1, 1);
        }

        JsonPath byDefault = page(project, Map.of());
        JsonPath tooMany = page(project, Map.of("first", 500));

        assertThat(byDefault.getList("data.project.risks.nodes"), hasSize(20));
        assertThat(tooMany.getList("data.project.risks.nodes"), hasSize(100));
        assertThat(tooMany.getBoolean("data.project.risks.pageInfo.hasNextPage"), equalTo(true));
        assertThat(tooMany.getInt("data.project.risks.totalCount"), equalTo(101));
    }

    @Test
    void expected_loss_order_matches_the_amounts_shown() {
        Project project = data.project("USD", "maria:MANAGER");
        for (int i = 1; i <= 6; i++) {
            data.risk(project.id, "r" + i, "0.0" + i, String.valueOf(1000 * (7 - i)), String.valueOf(9000 * i), 1, 1);
        }
        List<String> amounts = page(project, Map.of()).getList("data.project.risks.edges.node.expectedLoss.amount", String.class);
        List<String> sorted = new ArrayList<>(amounts);
        sorted.sort(Comparator.comparing(java.math.BigDecimal::new, Comparator.reverseOrder()));
        assertEquals(sorted, amounts);
    }

    private List<String> titles(Project project, Map<String, Object> filter) {
        return page(project, Map.of("filter", filter)).getList("data.project.risks.nodes.title");
    }

    private JsonPath page(Project project, Map<String, Object> variables) {
        Map<String, Object> vars = new HashMap<>(variables);
        vars.put("id", project.id.toString());
        JsonPath result = graphQL(PAGE, vars);
        return result;
    }
    @Test
    void the_residual_heat_map_cell_filter_finds_the_risks_residual_rating_places_there() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk halved = data.risk(project.id, "Halved by an approved tool", "0.2", "1000", "9000", 3, 4);
        Risk refused = data.risk(project.id, "Mitigated only by a refused tool", "0.2", "1000", "9000", 3, 4);
        var approved = data.investment(project.id, "Approved tool", io.averted.prevention.InvestmentStatus.APPROVED, "0", "100");
        var rejected = data.investment(project.id, "Refused tool", io.averted.prevention.InvestmentStatus.REJECTED, "0", "100");
        data.mitigation(approved, halved, "0.5", "0");
        data.mitigation(rejected, refused, "0.9", "0.9");

        JsonPath result = graphQL("""
                query($id: ID!) { project(id: $id) {
                  moved: risks(filter: { residualLikelihood: 2, residualImpact: 4 }) { nodes { title residualRating { likelihood impact } } }
                  stayed: risks(filter: { residualLikelihood: 3, residualImpact: 4 }) { nodes { title } } } }""",
                Map.of("id", project.id.toString()));

        // likelihood 3 x (1 - 0.5) = 1.5, rounded up to 2; impact unchanged; a refused investment counts for nothing
        assertThat(result.getList("data.project.moved.nodes.title"), contains("Halved by an approved tool"));
        assertThat(result.getInt("data.project.moved.nodes[0].residualRating.likelihood"), equalTo(2));
        assertThat(result.getList("data.project.stayed.nodes.title"), contains("Mitigated only by a refused tool"));
    }
}
