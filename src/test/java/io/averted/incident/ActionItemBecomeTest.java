package io.averted.incident;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.averted.milestone.Milestone;
import io.averted.project.Project;
import io.averted.risk.Risk;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** An action item becomes a risk, a new estimate or a gate in one mutation, linked both ways. */
@QuarkusTest
@TestSecurity(user = "maria", roles = "manager")
class ActionItemBecomeTest {

    static final String BECOME = """
            mutation($input: ActionItemBecomeInput!) {
              actionItemBecome(input: $input) {
                actionItem { id becameRisk { id title probability } becameGate { id name milestone { name } } targetRisk { id } }
                userErrors { code field message }
              }
            }""";

    @Inject
    TestData data;

    private String actionItem(Project project, UUID incident) {
        return graphQL("""
                mutation($input: ActionItemCreateInput!) { actionItemCreate(input: $input) { actionItem { id } } }""",
                Map.of("input", Map.of("incidentId", incident.toString(), "title", "Make it impossible next time")))
                .getString("data.actionItemCreate.actionItem.id");
    }

    @Test
    void an_action_item_becomes_a_new_risk_linked_both_ways() {
        Project project = data.project("USD", "maria:MANAGER");
        String item = actionItem(project, data.incident(project.id, "Wrong snapshot"));
        Map<String, Object> risk = new HashMap<>();
        risk.put("projectId", project.id.toString());
        risk.put("title", "Restore target not confirmed");
        risk.put("category", "DATA_INTEGRITY");
        risk.put("response", "MITIGATE");
        risk.put("likelihood", 2);
        risk.put("impact", 5);
        risk.put("probability", "0.08");
        risk.put("lossLow", "15000");
        risk.put("lossHigh", "200000");

        JsonPath result = graphQL(BECOME, Map.of("input", Map.of("id", item, "version", 0, "risk", risk)));

        assertThat(result.getList("data.actionItemBecome.userErrors"), empty());
        String riskId = result.getString("data.actionItemBecome.actionItem.becameRisk.id");
        assertThat(result.getString("data.actionItemBecome.actionItem.becameRisk.title"), equalTo("Restore target not confirmed"));
        JsonPath back = graphQL("query($id: ID!) { risk(id: $id) { actionItems { id } } }", Map.of("id", riskId));
        assertThat(back.getList("data.risk.actionItems.id"), contains(item));
    }

    @Test
    void an_action_item_becomes_a_new_estimate_of_the_materialized_risk() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk risk = data.risk(project.id, "Table lock", "0.1", "1000", "9000", 2, 4);
        String item = actionItem(project, data.incident(project.id, "Payments down"));

        JsonPath result = graphQL(BECOME, Map.of("input", Map.of("id", item, "version", 0,
                "riskUpdate", Map.of("id", risk.id.toString(), "version", 0, "probability", "0.35", "lossHigh", "400000"))));

        assertThat(result.getList("data.actionItemBecome.userErrors"), empty());
        assertEquals(0, new BigDecimal("0.35").compareTo(new BigDecimal(result.getString("data.actionItemBecome.actionItem.becameRisk.probability"))));
        assertThat(result.getString("data.actionItemBecome.actionItem.targetRisk.id"), equalTo(risk.id.toString()));
    }

    @Test
    void an_action_item_becomes_a_gate_on_a_milestone() {
        Project project = data.project("USD", "maria:MANAGER");
        Milestone milestone = data.milestone(project.id, "Next migration");
        String item = actionItem(project, data.incident(project.id, "UAT data in production"));

        JsonPath result = graphQL(BECOME, Map.of("input", Map.of("id", item, "version", 0,
                "gate", Map.of("milestoneId", milestone.id.toString(), "name", "Source confirmed as production", "kind", "TARGET_CONFIRMED"))));

        assertThat(result.getList("data.actionItemBecome.userErrors"), empty());
        assertThat(result.getString("data.actionItemBecome.actionItem.becameGate.milestone.name"), equalTo("Next migration"));
        assertThat(data.count("quality_gate where milestone_id = '" + milestone.id + "'"), equalTo(1L));
    }

    @Test
    void an_action_item_becomes_an_investment_proposal_linked_both_ways() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk risk = data.risk(project.id, "Wrong source", "0.15", "20000", "150000", 3, 5);
        String item = actionItem(project, data.incident(project.id, "UAT data in production"));

        JsonPath result = graphQL("""
                mutation($input: ActionItemBecomeInput!) {
                  actionItemBecome(input: $input) { actionItem { id becameInvestment { id name status sourceActionItems { id } } } userErrors { code field } }
                }""", Map.of("input", Map.of("id", item, "version", 0, "investment", Map.of("projectId", project.id.toString(),
                "name", "Data comparison tool", "kind", "TOOL", "oneTimeCost", "0", "annualCost", "2000",
                "mitigations", List.of(Map.of("riskId", risk.id.toString(), "probabilityReduction", "0.8", "lossReduction", "0.5"))))));

        assertThat(result.getList("data.actionItemBecome.userErrors"), empty());
        assertThat(result.getString("data.actionItemBecome.actionItem.becameInvestment.status"), equalTo("PROPOSED"));
        assertThat(result.getList("data.actionItemBecome.actionItem.becameInvestment.sourceActionItems.id"), contains(item));
    }

    @Test
    void a_gate_knows_the_action_item_it_came_from() {
        Project project = data.project("USD", "maria:MANAGER");
        Milestone milestone = data.milestone(project.id, "Next migration");
        String item = actionItem(project, data.incident(project.id, "UAT data in production"));
        graphQL(BECOME, Map.of("input", Map.of("id", item, "version", 0,
                "gate", Map.of("milestoneId", milestone.id.toString(), "name", "Source confirmed", "kind", "TARGET_CONFIRMED"))));

        JsonPath read = graphQL("query($id: ID!) { project(id: $id) { milestones { nodes { gates { sourceActionItems { id title } } } } } }",
                Map.of("id", project.id.toString()));

        assertThat(read.getList("data.project.milestones.nodes[0].gates[0].sourceActionItems.id"), contains(item));
    }

    @Test
    void when_the_register_refuses_nothing_is_written_at_all() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk risk = data.risk(project.id, "Table lock", "0.1", "1000", "9000", 2, 4);
        String item = actionItem(project, data.incident(project.id, "Payments down"));

        JsonPath result = graphQL(BECOME, Map.of("input", Map.of("id", item, "version", 0,
                "riskUpdate", Map.of("id", risk.id.toString(), "version", 0, "probability", "1.7"))));

        assertThat(result.getString("data.actionItemBecome.userErrors[0].field"), equalTo("riskUpdate.probability"));
        assertThat(result.get("data.actionItemBecome.actionItem"), nullValue());
        assertThat(data.historyCount(risk.id), equalTo(1L));
        JsonPath read = graphQL("query($id: ID!) { project(id: $id) { actionItems { becameRisk { id } } } }", Map.of("id", project.id.toString()));
        assertThat(read.getList("data.project.actionItems.becameRisk"), contains(nullValue()));
    }

    @Test
    void when_the_gate_turns_out_to_be_in_another_project_the_gate_already_written_is_rolled_back() {
        Project project = data.project("USD", "maria:MANAGER");
        Project other = data.project("USD", "maria:MANAGER");
        Milestone elsewhere = data.milestone(other.id, "Another project's migration");
        String item = actionItem(project, data.incident(project.id, "UAT data in production"));

        // qualityGateCreate accepts the gate (maria plans both projects) and writes it; only then does the
        // action item see that the milestone is not in its project, and the whole transaction must roll back.
        JsonPath result = graphQL(BECOME, Map.of("input", Map.of("id", item, "version", 0,
                "gate", Map.of("milestoneId", elsewhere.id.toString(), "name", "Source confirmed", "kind", "TARGET_CONFIRMED"))));

        assertThat(result.getString("data.actionItemBecome.userErrors[0].field"), equalTo("gate.milestoneId"));
        assertThat(result.get("data.actionItemBecome.actionItem"), nullValue());
        assertThat(data.count("quality_gate where milestone_id = '" + elsewhere.id + "'"), equalTo(0L));
        assertThat(data.count("history where entity = 'quality_gate' and project_id = '" + other.id + "'"), equalTo(0L));
        assertThat(data.historyCount(UUID.fromString(item)), equalTo(1L));
        JsonPath read = graphQL("query($id: ID!) { project(id: $id) { actionItems { version becameGate { id } } } }", Map.of("id", project.id.toString()));
        assertThat(read.getList("data.project.actionItems.becameGate"), contains(nullValue()));
        assertThat(read.getList("data.project.actionItems.version"), contains(0));
    }

    @Test
    void exactly_one_target_is_required() {
        Project project = data.project("USD", "maria:MANAGER");
        String item = actionItem(project, data.incident(project.id, "Outage"));

        JsonPath result = graphQL(BECOME, Map.of("input", Map.of("id", item, "version", 0)));

        assertThat(result.getString("data.actionItemBecome.userErrors[0].code"), equalTo("INVALID"));
        assertThat(data.historyCount(UUID.fromString(item)), equalTo(1L));
    }
}
