package io.averted.incident;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** A project's incidents page by keyset: newest first, ties by id, each incident once. */
@QuarkusTest
@TestSecurity(user = "cole", roles = "contributor")
class IncidentConnectionTest {

    static final String PAGE = """
            query($id: ID!, $first: Int, $after: String) {
              project(id: $id) {
                incidents(first: $first, after: $after) {
                  totalCount
                  pageInfo { hasNextPage hasPreviousPage endCursor }
                  nodes { title }
                }
              }
            }""";

    static final String REPORT = """
            mutation($input: IncidentReportInput!) { incidentReport(input: $input) { userErrors { code } } }""";

    @Inject
    TestData data;

    @Test
    void pages_of_one_walk_the_incidents_newest_first_without_gaps_or_repeats() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        report(project, "Oldest", "2026-01-01T08:00:00Z");
        report(project, "Newest", "2026-03-01T08:00:00Z");
        report(project, "Middle", "2026-02-01T08:00:00Z");

        assertThat(walk(project), contains("Newest", "Middle", "Oldest"));
    }

    @Test
    void incidents_that_occurred_at_the_same_moment_each_come_once_in_the_order_of_one_page() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        for (int i = 0; i < 5; i++) {
            data.incident(project.id, "Same moment " + i);
        }
        List<String> onePage = graphQL(PAGE, Map.of("id", project.id.toString(), "first", 100))
                .getList("data.project.incidents.nodes.title");

        assertThat(walk(project), equalTo(onePage));
        assertThat(onePage.stream().distinct().count(), equalTo(5L));
    }

    private List<String> walk(Project project) {
        List<String> titles = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> vars = new HashMap<>(Map.of("id", project.id.toString(), "first", 1));
            vars.put("after", after);
            JsonPath result = graphQL(PAGE, vars);
            titles.addAll(result.getList("data.project.incidents.nodes.title"));
            assertThat(result.getBoolean("data.project.incidents.pageInfo.hasPreviousPage"), equalTo(after != null));
            after = result.getBoolean("data.project.incidents.pageInfo.hasNextPage")
                    ? result.getString("data.project.incidents.pageInfo.endCursor") : null;
        } while (after != null);
        return titles;
    }

    private void report(Project project, String title, String occurredAt) {
        Map<String, Object> input = new HashMap<>();
        input.put("projectId", project.id.toString());
        input.put("title", title);
        input.put("severity", "SEV2");
        input.put("occurredAt", occurredAt);
        input.put("detectedAt", occurredAt);
        input.put("riskIds", List.of());
        JsonPath result = graphQL(REPORT, Map.of("input", input));
        assertThat(result.getList("data.incidentReport.userErrors"), equalTo(List.of()));
    }
}
