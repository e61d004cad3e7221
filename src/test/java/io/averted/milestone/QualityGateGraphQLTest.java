package io.averted.milestone;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class QualityGateGraphQLTest {

    static final String RECORD = """
            mutation($input: QualityGateRecordResultInput!) {
              qualityGateRecordResult(input: $input) {
                gate { status decidedBy }
                result { outcome recordedBy }
                userErrors { code field message }
              }
            }""";

    static final String WAIVE = """
            mutation($input: QualityGateWaiveInput!) {
              qualityGateWaive(input: $input) { gate { status waiverReason decidedBy } userErrors { code field } }
            }""";

    static final String GATE = """
            query($id: ID!) { project(id: $id) { milestones { nodes { gates { status waiverReason
                results { outcome note recordedBy measurements { name value unit } }
                history { actor changes { field before after } } } } } } }""";

    @Inject
    TestData data;

    @Test
    @TestSecurity(user = "cole", roles = "contributor")
    void every_result_is_kept_with_its_evidence_and_the_latest_decides_the_status() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        QualityGate gate = data.gate(data.milestone(project.id, "Migration"), "Data reconciliation", true, GateStatus.PENDING);

        JsonPath failed = graphQL(RECORD, Map.of("input", Map.of("gateId", gate.id.toString(), "outcome", "FAILED",
                "note", "UAT data in the source", "link", "https://ci.example.com/runs/1",
                "measurements", List.of(Map.of("name", "source rows", "value", 2500000, "unit", "rows"),
                        Map.of("name", "mismatched fields", "value", 1876)))));
        JsonPath passed = graphQL(RECORD, Map.of("input", Map.of("gateId", gate.id.toString(), "outcome", "PASSED",
                "measurements", List.of(Map.of("name", "mismatched fields", "value", 0)))));
        JsonPath read = graphQL(GATE, Map.of("id", project.id.toString()));

        assertThat(failed.getString("data.qualityGateRecordResult.gate.status"), equalTo("FAILED"));
        assertThat(passed.getString("data.qualityGateRecordResult.gate.status"), equalTo("PASSED"));
        String gatePath = "data.project.milestones.nodes[0].gates[0]";
        assertThat(read.getString(gatePath + ".status"), equalTo("PASSED"));
        assertThat(read.getList(gatePath + ".results.outcome"), contains("PASSED", "FAILED"));
        assertThat(read.getList(gatePath + ".results.recordedBy"), contains("cole", "cole"));
        assertThat(read.getList(gatePath + ".results[1].measurements.name"), contains("source rows", "mismatched fields"));
        assertThat(read.getString(gatePath + ".results[1].measurements[0].value"), equalTo("2500000"));
        assertThat(read.getString(gatePath + ".results[1].measurements[0].unit"), equalTo("rows"));
        assertThat(read.getString(gatePath + ".results[1].note"), equalTo("UAT data in the source"));
        assertThat(read.getList(gatePath + ".history.actor"), contains("test-fixture", "cole", "cole"));
    }

    @Test
    @TestSecurity(user = "vic", roles = "viewer")
    void a_viewer_cannot_record_results() {
        Project project = data.project("USD", "vic:VIEWER");
        QualityGate gate = data.gate(data.milestone(project.id, "Migration"), "Gate", true, GateStatus.PENDING);

        JsonPath result = graphQL(RECORD, Map.of("input", Map.of("gateId", gate.id.toString(), "outcome", "PASSED")));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(data.count("gate_result where gate_id = '" + gate.id + "'"), equalTo(0L));
    }

    @Test
    @TestSecurity(user = "cole", roles = "contributor")
    void a_bad_measurement_is_refused_and_nothing_is_recorded() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        QualityGate gate = data.gate(data.milestone(project.id, "Migration"), "Gate", true, GateStatus.PENDING);

        JsonPath result = graphQL(RECORD, Map.of("input", Map.of("gateId", gate.id.toString(), "outcome", "PASSED",
                "link", "not a link", "measurements", List.of(Map.of("name", " ", "value", 1)))));

        assertThat(result.getList("data.qualityGateRecordResult.userErrors.field"), contains("link", "measurements[0].name"));
        assertThat(data.count("gate_result where gate_id = '" + gate.id + "'"), equalTo(0L));
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void the_sponsor_waives_a_gate_with_a_reason_and_the_waiver_is_on_record() {
        Project project = data.project("USD", "maria:MANAGER", "sam:SPONSOR");
        QualityGate gate = data.gate(data.milestone(project.id, "Migration"), "Rollback rehearsed", true, GateStatus.FAILED);

        JsonPath result = graphQL(WAIVE, Map.of("input", Map.of("id", gate.id.toString(), "version", 0,
                "reason", "Rollback is a restore of last night's backup; accepted for this low-volume load.")));
        JsonPath read = graphQL(GATE, Map.of("id", project.id.toString()));

        assertThat(result.getList("data.qualityGateWaive.userErrors"), empty());
        assertThat(result.getString("data.qualityGateWaive.gate.status"), equalTo("WAIVED"));
        assertThat(result.getString("data.qualityGateWaive.gate.decidedBy"), equalTo("sam"));
        assertThat(read.getString("data.project.milestones.nodes[0].gates[0].history[1].actor"), equalTo("sam"));
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void a_waiver_without_a_reason_is_refused() {
        Project project = data.project("USD", "sam:SPONSOR");
        QualityGate gate = data.gate(data.milestone(project.id, "Migration"), "Gate", true, GateStatus.FAILED);

        JsonPath missing = graphQL(WAIVE, Map.of("input", Map.of("id", gate.id.toString(), "version", 0)));
        JsonPath blank = graphQL(WAIVE, Map.of("input", Map.of("id", gate.id.toString(), "version", 0, "reason", "  ")));

        assertThat(missing.getString("data.qualityGateWaive.userErrors[0].code"), equalTo("REQUIRED"));
        assertThat(missing.getString("data.qualityGateWaive.userErrors[0].field"), equalTo("reason"));
        assertThat(blank.getString("data.qualityGateWaive.userErrors[0].code"), equalTo("REQUIRED"));
        assertThat(graphQL(GATE, Map.of("id", project.id.toString())).getString("data.project.milestones.nodes[0].gates[0].status"),
                equalTo("FAILED"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_manager_cannot_waive() {
        assertWaiveForbidden("maria:MANAGER");
    }

    @Test
    @TestSecurity(user = "cole", roles = "contributor")
    void a_contributor_cannot_waive() {
        assertWaiveForbidden("cole:CONTRIBUTOR");
    }

    @Test
    @TestSecurity(user = "alice", roles = "admin")
    void not_even_an_admin_can_waive() {
        assertWaiveForbidden("alice:MANAGER");
    }

    private void assertWaiveForbidden(String member) {
        Project project = data.project("USD", member);
        QualityGate gate = data.gate(data.milestone(project.id, "Migration"), "Gate", true, GateStatus.FAILED);

        JsonPath result = graphQL(WAIVE, Map.of("input", Map.of("id", gate.id.toString(), "version", 0, "reason", "Because")));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(result.get("data"), nullValue());
        assertThat(data.historyCount(gate.id), equalTo(1L));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_manager_adds_a_gate_to_a_milestone() {
        Project project = data.project("USD", "maria:MANAGER");
        Milestone milestone = data.milestone(project.id, "Migration");

        JsonPath result = graphQL("""
                mutation($input: QualityGateCreateInput!) { qualityGateCreate(input: $input) { gate { name kind blocking status milestone { name } } userErrors { code } } }""",
                Map.of("input", Map.of("milestoneId", milestone.id.toString(), "name", "Sampled field comparison",
                        "kind", "DATA_RECONCILIATION", "criteria", "1% sample, zero mismatches")));

        assertThat(result.getString("data.qualityGateCreate.gate.status"), equalTo("PENDING"));
        assertThat(result.getBoolean("data.qualityGateCreate.gate.blocking"), equalTo(true));
        assertThat(result.getString("data.qualityGateCreate.gate.milestone.name"), equalTo("Migration"));
        assertThat(data.count("quality_gate where milestone_id = '" + milestone.id + "'"), equalTo(1L));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_gate_is_automated_only_by_an_investment_of_its_own_project() {
        Project project = data.project("USD", "maria:MANAGER");
        Project other = data.project("USD", "maria:MANAGER");
        Milestone milestone = data.milestone(project.id, "Migration");
        var ours = data.investment(project.id, "Comparison tool", io.averted.prevention.InvestmentStatus.APPROVED, "0", "2000");
        var theirs = data.investment(other.id, "Someone else's tool", io.averted.prevention.InvestmentStatus.APPROVED, "0", "2000");
        String create = """
                mutation($input: QualityGateCreateInput!) { qualityGateCreate(input: $input) { gate { automatedBy { name } } userErrors { code field } } }""";

        JsonPath refused = graphQL(create, Map.of("input", Map.of("milestoneId", milestone.id.toString(), "name", "Reconciliation",
                "kind", "DATA_RECONCILIATION", "automatedByInvestmentId", theirs.id.toString())));
        JsonPath created = graphQL(create, Map.of("input", Map.of("milestoneId", milestone.id.toString(), "name", "Reconciliation",
                "kind", "DATA_RECONCILIATION", "automatedByInvestmentId", ours.id.toString())));

        assertThat(refused.getString("data.qualityGateCreate.userErrors[0].code"), equalTo("INVALID"));
        assertThat(refused.getString("data.qualityGateCreate.userErrors[0].field"), equalTo("automatedByInvestmentId"));
        assertThat(created.getString("data.qualityGateCreate.gate.automatedBy.name"), equalTo("Comparison tool"));
        assertThat(data.count("quality_gate where milestone_id = '" + milestone.id + "'"), equalTo(1L));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void results_of_a_gate_in_a_project_i_am_not_in_are_not_found() {
        Project theirs = data.project("USD", "nina:MANAGER");
        QualityGate gate = data.gate(data.milestone(theirs.id, "Theirs"), "Gate", true, GateStatus.PENDING);

        JsonPath result = graphQL(RECORD, Map.of("input", Map.of("gateId", gate.id.toString(), "outcome", "PASSED")));

        assertThat(result.getString("data.qualityGateRecordResult.userErrors[0].code"), equalTo("NOT_FOUND"));
        assertThat(result.getList("data.qualityGateRecordResult.userErrors"), hasSize(1));
    }
}
