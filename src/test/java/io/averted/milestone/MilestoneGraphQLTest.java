package io.averted.milestone;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@TestSecurity(user = "maria", roles = "manager")
class MilestoneGraphQLTest {

    static final String COMPLETE = """
            mutation($input: MilestoneCompleteInput!) {
              milestoneComplete(input: $input) { milestone { status completedBy completedAt } userErrors { code field message } }
            }""";

    static final String READ = """
            query($id: ID!) { project(id: $id) { milestones { nodes { id status version completedBy
                gates { name status } gatesInTheWay { name } } } } }""";

    @Inject
    TestData data;

    @Test
    void a_data_migration_milestone_starts_with_the_gates_lessons_learned_asked_for() {
        Project project = data.project("USD", "maria:MANAGER");

        JsonPath result = graphQL("""
                mutation($input: MilestoneCreateInput!) {
                  milestoneCreate(input: $input) {
                    milestone { status kind gates { name kind status blocking } gatesInTheWay { name } }
                    userErrors { code field }
                  }
                }""", Map.of("input", Map.of("projectId", project.id.toString(), "name", "Member migration",
                "kind", "DATA_MIGRATION", "dueDate", "2026-12-01")));

        assertThat(result.getList("data.milestoneCreate.userErrors"), empty());
        assertThat(result.getString("data.milestoneCreate.milestone.status"), equalTo("PLANNED"));
        assertThat(result.getList("data.milestoneCreate.milestone.gates.kind"),
                contains("DATA_RECONCILIATION", "BACKUP_VERIFIED", "ROLLBACK_REHEARSED", "TARGET_CONFIRMED"));
        assertThat(result.getList("data.milestoneCreate.milestone.gates.status"), everyItem(equalTo("PENDING")));
        assertThat(result.getList("data.milestoneCreate.milestone.gatesInTheWay"), hasSize(4));
    }

    @ParameterizedTest
    @EnumSource(MilestoneKind.class)
    void each_kind_gets_exactly_the_gates_its_templates_hold(MilestoneKind kind) {
        Project project = data.project("USD", "maria:MANAGER");
        List<String> templates = graphQL("query($kind: MilestoneKind) { gateTemplates(kind: $kind) { name } }",
                Map.of("kind", kind.name())).getList("data.gateTemplates.name");

        JsonPath result = graphQL("""
                mutation($input: MilestoneCreateInput!) { milestoneCreate(input: $input) { milestone { gates { name } } } }""",
                Map.of("input", Map.of("projectId", project.id.toString(), "name", "M", "kind", kind.name(), "dueDate", "2026-12-01")));

        assertThat(result.getList("data.milestoneCreate.milestone.gates.name"), equalTo(templates));
        int expected = switch (kind) {
            case DATA_MIGRATION -> 4;
            case SCHEMA_CHANGE -> 3;
            case RESTORE_OR_FAILOVER, RELEASE -> 2;
            case OTHER -> 0;
        };
        assertThat(templates, hasSize(expected));
    }

    @ParameterizedTest(name = "a blocking gate that is {0} stops completion")
    @CsvSource({ "PENDING", "FAILED" })
    void completion_is_refused_while_a_blocking_gate_is_not_passed_or_waived(String state) {
        Project project = data.project("USD", "maria:MANAGER");
        Milestone milestone = data.milestone(project.id, "Migration");
        data.gate(milestone, "Data reconciliation", true, GateStatus.valueOf(state));
        data.gate(milestone, "Backup verified", true, GateStatus.PASSED);
        data.gate(milestone, "Nice to have", false, GateStatus.FAILED);
        long historyBefore = data.count("history");

        JsonPath result = graphQL(COMPLETE, Map.of("input", Map.of("id", milestone.id.toString(), "version", 0)));

        assertThat(result.get("data.milestoneComplete.milestone"), nullValue());
        assertThat(result.getList("data.milestoneComplete.userErrors"), hasSize(1));
        assertThat(result.getString("data.milestoneComplete.userErrors[0].code"), equalTo("GATES_NOT_PASSED"));
        assertThat(result.getString("data.milestoneComplete.userErrors[0].message"), containsString("Data reconciliation"));
        assertThat(result.getString("data.milestoneComplete.userErrors[0].message"), containsString(state));
        JsonPath after = graphQL(READ, Map.of("id", project.id.toString()));
        assertThat(after.getString("data.project.milestones.nodes[0].status"), equalTo("IN_PROGRESS"));
        assertThat(after.getInt("data.project.milestones.nodes[0].version"), equalTo(0));
        assertThat(data.count("history"), equalTo(historyBefore));
    }

    @Test
    void the_refusal_names_every_gate_in_the_way() {
        Project project = data.project("USD", "maria:MANAGER");
        Milestone milestone = data.milestone(project.id, "Migration");
        data.gate(milestone, "Data reconciliation", true, GateStatus.FAILED);
        data.gate(milestone, "Rollback rehearsed", true, GateStatus.PENDING);

        JsonPath result = graphQL(COMPLETE, Map.of("input", Map.of("id", milestone.id.toString(), "version", 0)));

        List<String> messages = result.getList("data.milestoneComplete.userErrors.message");
        assertThat(messages, hasSize(2));
        assertThat(messages, containsInAnyOrder(containsString("\"Data reconciliation\" is FAILED"),
                containsString("\"Rollback rehearsed\" is PENDING")));
    }

    @Test
    void completion_is_allowed_once_every_blocking_gate_is_passed_or_waived() {
        Project project = data.project("USD", "maria:MANAGER");
        Milestone milestone = data.milestone(project.id, "Migration");
        data.gate(milestone, "Data reconciliation", true, GateStatus.PASSED);
        data.gate(milestone, "Rollback rehearsed", true, GateStatus.WAIVED);
        data.gate(milestone, "Optional", false, GateStatus.PENDING);

        JsonPath result = graphQL(COMPLETE, Map.of("input", Map.of("id", milestone.id.toString(), "version", 0)));

        assertThat(result.getList("data.milestoneComplete.userErrors"), empty());
        assertThat(result.getString("data.milestoneComplete.milestone.status"), equalTo("DONE"));
        assertThat(result.getString("data.milestoneComplete.milestone.completedBy"), equalTo("maria"));
    }

    @ParameterizedTest
    @CsvSource({ "FAILED", "PENDING" })
    void a_manager_cannot_remove_a_blocking_gate_that_has_not_passed_and_the_milestone_stays_blocked(GateStatus status) {
        Project project = data.project("USD", "maria:MANAGER", "sam:SPONSOR");
        Milestone milestone = data.milestone(project.id, "Migration");
        QualityGate gate = data.gate(milestone, "Data reconciliation", true, status);

        JsonPath removed = graphQL("""
                mutation($input: QualityGateRemoveInput!) { qualityGateRemove(input: $input) { gate { removed } userErrors { code field message } } }""",
                Map.of("input", Map.of("id", gate.id.toString(), "version", 0, "reason", "in the way")));
        JsonPath completed = graphQL(COMPLETE, Map.of("input", Map.of("id", milestone.id.toString(), "version", 0)));

        assertThat(removed.getString("data.qualityGateRemove.userErrors[0].code"), equalTo("SPONSOR_REQUIRED"));
        assertThat(removed.getString("data.qualityGateRemove.userErrors[0].message"), containsString("waive"));
        assertThat(data.count("quality_gate where removed_at is not null and id = '" + gate.id + "'"), equalTo(0L));
        assertThat(completed.getString("data.milestoneComplete.userErrors[0].code"), equalTo("GATES_NOT_PASSED"));
    }

    @ParameterizedTest
    @CsvSource({ "false, FAILED", "true, PASSED" })
    void a_manager_removes_a_non_blocking_or_passed_gate(boolean blocking, GateStatus status) {
        Project project = data.project("USD", "maria:MANAGER");
        QualityGate gate = data.gate(data.milestone(project.id, "Release"), "Nice to have", blocking, status);

        JsonPath removed = graphQL("""
                mutation($input: QualityGateRemoveInput!) { qualityGateRemove(input: $input) { gate { removed removedBy } userErrors { code } } }""",
                Map.of("input", Map.of("id", gate.id.toString(), "version", 0, "reason", "Not needed")));

        assertThat(removed.getList("data.qualityGateRemove.userErrors"), empty());
        assertThat(removed.getString("data.qualityGateRemove.gate.removedBy"), equalTo("maria"));
    }

    @Test
    void a_manager_cannot_record_a_gate_result_herself() {
        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");
        QualityGate gate = data.gate(data.milestone(project.id, "Migration"), "Data reconciliation", true, GateStatus.FAILED);

        JsonPath result = graphQL("""
                mutation($input: QualityGateRecordResultInput!) { qualityGateRecordResult(input: $input) { gate { status } userErrors { code } } }""",
                Map.of("input", Map.of("gateId", gate.id.toString(), "outcome", "PASSED")));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(data.count("gate_result where gate_id = '" + gate.id + "'"), equalTo(0L));
    }

    @Test
    void done_is_reached_only_through_milestone_complete() {
        Project project = data.project("USD", "maria:MANAGER");
        Milestone milestone = data.milestone(project.id, "Migration");

        JsonPath result = graphQL("""
                mutation($input: MilestoneUpdateInput!) { milestoneUpdate(input: $input) { userErrors { code field } } }""",
                Map.of("input", Map.of("id", milestone.id.toString(), "version", 0, "status", "DONE")));

        assertThat(result.getString("data.milestoneUpdate.userErrors[0].field"), equalTo("status"));
    }

    @Test
    void milestones_are_listed_by_due_date_and_page_with_cursors() {
        Project project = data.project("USD", "maria:MANAGER");
        String create = """
                mutation($input: MilestoneCreateInput!) { milestoneCreate(input: $input) { milestone { id } } }""";
        for (String due : List.of("2027-03-01", "2026-12-01", "2027-01-15")) {
            graphQL(create, Map.of("input", Map.of("projectId", project.id.toString(), "name", due, "kind", "OTHER", "dueDate", due)));
        }
        String page = "query($id: ID!, $after: String) { project(id: $id) { milestones(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { name } } } }";

        JsonPath first = graphQL(page, Map.of("id", project.id.toString()));
        JsonPath second = graphQL(page, Map.of("id", project.id.toString(),
                "after", first.getString("data.project.milestones.pageInfo.endCursor")));

        assertThat(first.getList("data.project.milestones.nodes.name"), contains("2026-12-01", "2027-01-15"));
        assertThat(first.getInt("data.project.milestones.totalCount"), equalTo(3));
        assertThat(second.getList("data.project.milestones.nodes.name"), contains("2027-03-01"));
        assertThat(second.getBoolean("data.project.milestones.pageInfo.hasNextPage"), equalTo(false));
    }

    @Test
    void a_risk_belongs_to_a_milestone_of_its_own_project_only() {
        Project project = data.project("USD", "maria:MANAGER");
        Project other = data.project("USD", "maria:MANAGER");
        Milestone mine = data.milestone(project.id, "Mine");
        Milestone theirs = data.milestone(other.id, "Theirs");
        var risk = data.risk(project.id, "Wrong source", "0.1", "100", "200", 1, 1);
        String update = """
                mutation($input: RiskUpdateInput!) { riskUpdate(input: $input) { risk { milestone { name } } userErrors { code field } } }""";

        JsonPath refused = graphQL(update, Map.of("input", Map.of("id", risk.id.toString(), "version", 0, "milestoneId", theirs.id.toString())));
        JsonPath moved = graphQL(update, Map.of("input", Map.of("id", risk.id.toString(), "version", 0, "milestoneId", mine.id.toString())));
        JsonPath listed = graphQL("query($id: ID!) { project(id: $id) { milestones { nodes { risks { title } } } } }",
                Map.of("id", project.id.toString()));

        assertThat(refused.getString("data.riskUpdate.userErrors[0].field"), equalTo("milestoneId"));
        assertThat(moved.getString("data.riskUpdate.risk.milestone.name"), equalTo("Mine"));
        assertThat(listed.getList("data.project.milestones.nodes[0].risks.title"), contains("Wrong source"));
    }

    @Test
    @TestSecurity(user = "cole", roles = "contributor")
    void a_contributor_cannot_plan_milestones() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");

        JsonPath result = graphQL("""
                mutation($input: MilestoneCreateInput!) { milestoneCreate(input: $input) { milestone { id } } }""",
                Map.of("input", Map.of("projectId", project.id.toString(), "name", "M", "kind", "OTHER", "dueDate", "2026-12-01")));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
    }
}
