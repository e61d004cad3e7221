package io.averted.milestone;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestSecurity(user = "cole", roles = "contributor")
class MilestoneNoNPlusOneTest {

    static final String MILESTONES_WITH_EVIDENCE = """
            query($id: ID!, $first: Int) {
              project(id: $id) {
                milestones(first: $first) {
                  nodes {
                    name status history { actor }
                    risks { title }
                    gatesInTheWay { name }
                    gates {
                      name status history { actor }
                      milestone { name }
                      results { outcome recordedBy measurements { name value unit } }
                    }
                  }
                }
              }
            }""";

    @Inject
    TestData data;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void a_milestone_list_with_gates_and_evidence_runs_a_fixed_number_of_statements() {
        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");
        for (int i = 0; i < 30; i++) {
            Milestone milestone = data.milestone(project.id, "Milestone " + i);
            data.risk(project.id, "risk " + i, "0.1", "100", "200", 1, 1);
            for (int g = 0; g < 3; g++) {
                QualityGate gate = data.gate(milestone, "Gate " + g, true, GateStatus.PENDING);
                recordResult(gate);
            }
        }
        Statistics statistics = sessionFactory.getStatistics();

        long three = statementsFor(project, 3, statistics);
        long thirty = statementsFor(project, 30, statistics);

        System.out.printf("N+1 check (milestones): %d SQL statements for 3 milestones, %d for 30%n", three, thirty);
        assertThat(thirty, equalTo(three));
    }

    private void recordResult(QualityGate gate) {
        JsonPath result = graphQL("""
                mutation($input: QualityGateRecordResultInput!) { qualityGateRecordResult(input: $input) { userErrors { code } } }""",
                Map.of("input", Map.of("gateId", gate.id.toString(), "outcome", "FAILED",
                        "measurements", java.util.List.of(Map.of("name", "rows", "value", 1), Map.of("name", "mismatches", "value", 2)))));
        assertThat(result.get("errors"), nullValue());
    }

    private long statementsFor(Project project, int first, Statistics statistics) {
        statistics.clear();
        JsonPath result = graphQL(MILESTONES_WITH_EVIDENCE, Map.of("id", project.id.toString(), "first", first));
        assertThat(result.get("errors"), nullValue());
        assertThat(result.getList("data.project.milestones.nodes"), hasSize(first));
        assertThat(result.getList("data.project.milestones.nodes[0].gates[0].results[0].measurements"), hasSize(2));
        return statistics.getPrepareStatementCount();
    }
}
