package io.averted.incident;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.risk.Risk;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestSecurity(user = "maria", roles = "manager")
class IncidentNoNPlusOneTest {

    static final String INCIDENTS_WITH_EVERYTHING = """
            query($id: ID!, $first: Int) {
              project(id: $id) {
                incidents(first: $first) {
                  nodes {
                    title totalLoss { amount } lossByType { type } losses { amount { amount } }
                    risks { title } preventableBy { name } recurrence history { actor }
                    postmortem { status timeline { description } }
                    actionItems { title owner { username } targetRisk { title } }
                  }
                }
              }
            }""";

    @Inject
    TestData data;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void an_incident_list_with_losses_post_mortems_and_action_items_runs_a_fixed_number_of_statements() {
        Project project = data.project("USD", "maria:MANAGER");
        for (int i = 0; i < 20; i++) {
            Risk risk = data.risk(project.id, "risk " + i, "0.1", "100", "200", 1, 1);
            String id = graphQL("""
                    mutation($input: IncidentReportInput!) { incidentReport(input: $input) { incident { id } } }""",
                    Map.of("input", Map.of("projectId", project.id.toString(), "title", "Incident " + i, "severity", "SEV3",
                            "occurredAt", "2026-11-0" + (1 + i % 9) + "T10:00:00Z", "detectedAt", "2026-11-10T10:00:00Z",
                            "riskIds", List.of(risk.id.toString())))).getString("data.incidentReport.incident.id");
            graphQL("""
                    mutation($input: IncidentAddLossInput!) { incidentAddLoss(input: $input) { userErrors { code } } }""",
                    Map.of("input", Map.of("incidentId", id, "type", "LABOR", "hours", "2", "hourlyRate", "100")));
            graphQL("""
                    mutation($input: ActionItemCreateInput!) { actionItemCreate(input: $input) { userErrors { code } } }""",
                    Map.of("input", Map.of("incidentId", id, "title", "Fix " + i, "owner", "maria", "targetRiskId", risk.id.toString())));
        }
        Statistics statistics = sessionFactory.getStatistics();

        long two = statementsFor(project, 2, statistics);
        long twenty = statementsFor(project, 20, statistics);

        System.out.printf("N+1 check (incidents): %d SQL statements for 2 incidents, %d for 20%n", two, twenty);
        assertThat(twenty, equalTo(two));
    }

    private long statementsFor(Project project, int first, Statistics statistics) {
        statistics.clear();
        JsonPath result = graphQL(INCIDENTS_WITH_EVERYTHING, Map.of("id", project.id.toString(), "first", first));
        assertThat(result.get("errors"), nullValue());
        assertThat(result.getList("data.project.incidents.nodes"), hasSize(first));
        assertThat(result.getList("data.project.incidents.nodes[0].actionItems"), hasSize(1));
        return statistics.getPrepareStatementCount();
    }
}
