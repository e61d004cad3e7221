package io.averted.prevention;

import static io.averted.support.GraphQL.graphQL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.averted.project.Project;
import io.averted.risk.Risk;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class InvestmentGraphQLTest {

    static final String PROPOSE = """
            mutation($input: InvestmentProposeInput!) {
              investmentPropose(input: $input) {
                investment { id name kind vendor status proposedBy decidedBy decidedAt decisionRationale version
                             oneTimeCost { amount currency } annualCost { amount currency }
                             project { key }
                             mitigations { probabilityReduction lossReduction risk { title } investment { name } }
                             history { actor operation changes { field before after } } }
                userErrors { code field message }
              }
            }""";

    static final String DECIDE = """
            mutation($input: InvestmentDecideInput!) {
              investmentDecide(input: $input) {
                investment { status decidedBy decidedAt decisionRationale version }
                userErrors { code field message }
              }
            }""";

    static final String STATUS_SET = """
            mutation($input: InvestmentStatusSetInput!) {
              investmentStatusSet(input: $input) {
                investment { status version }
                userErrors { code field message }
              }
            }""";

    static final String LINK = """
            mutation($input: MitigationLinkInput!) {
              mitigationLink(input: $input) {
                mitigation { id probabilityReduction lossReduction version investment { name } risk { title }
                             history { actor operation changes { field before after } } }
                userErrors { code field message }
              }
            }""";

    static final String READ = """
            query($id: ID!) {
              investment(id: $id) {
                status version decidedBy decisionRationale
                history { actor operation changes { field before after } }
              }
            }""";

    @Inject
    TestData data;

    static Map<String, Object> proposal(Project project, Risk... risks) {
        Map<String, Object> input = new HashMap<>();
        input.put("projectId", project.id.toString());
        input.put("name", "Data comparison tool");
        input.put("kind", "TOOL");
        input.put("vendor", "RowMatch");
        input.put("oneTimeCost", "0");
        input.put("annualCost", "2000.50");
        input.put("mitigations", Stream.of(risks)
                .map(r -> Map.<String, Object>of("riskId", r.id.toString(), "probabilityReduction", "0.8", "lossReduction", "0.5"))
                .toList());
        return input;
    }

    static Map<String, Object> decision(Investment investment, int version, String decision, String rationale) {
        return Map.of("input", Map.of("id", investment.id.toString(), "version", version, "decision", decision, "rationale", rationale));
    }

    // --- investmentPropose ---------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_manager_proposes_an_investment_with_the_risks_it_mitigates() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk wrongSource = data.risk(project.id, "Wrong source", "0.15", "20000", "150000", 3, 5);
        Risk noRollback = data.risk(project.id, "No rollback", "0.1", "10000", "80000", 2, 4);

        JsonPath result = graphQL(PROPOSE, Map.of("input", proposal(project, wrongSource, noRollback)));

        assertThat(result.get("errors"), nullValue());
        assertThat(result.getList("data.investmentPropose.userErrors"), empty());
        String path = "data.investmentPropose.investment.";
        assertThat(result.getString(path + "status"), equalTo("PROPOSED"));
        assertThat(result.getString(path + "proposedBy"), equalTo("maria"));
        assertThat(result.get(path + "decidedBy"), nullValue());
        assertThat(result.get(path + "decidedAt"), nullValue());
        assertThat(result.getString(path + "vendor"), equalTo("RowMatch"));
        assertThat(result.getString(path + "annualCost.currency"), equalTo("USD"));
        assertThat(result.getString(path + "project.key"), equalTo(project.key));
        assertThat(result.getList(path + "mitigations.risk.title"), contains("Wrong source", "No rollback"));
        assertThat(result.getList(path + "mitigations.investment.name"), contains("Data comparison tool", "Data comparison tool"));
        assertThat(result.getInt(path + "version"), equalTo(0));
        assertThat(result.getString(path + "history[0].actor"), equalTo("maria"));
        assertThat(result.getString(path + "history[0].operation"), equalTo("CREATED"));
        assertThat(data.countInProject("investment", project.id), equalTo(1L));
        assertThat(data.countInProject("mitigation", project.id), equalTo(2L));
    }

    @Test
    @TestSecurity(user = "cole", roles = "contributor")
    void a_contributor_cannot_propose_an_investment() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");

        JsonPath result = graphQL(PROPOSE, Map.of("input", proposal(project)));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(data.countInProject("investment", project.id), equalTo(0L));
    }

    @Test
    @TestSecurity(user = "vic", roles = "viewer")
    void a_viewer_cannot_propose_an_investment() {
        Project project = data.project("USD", "vic:VIEWER");

        JsonPath result = graphQL(PROPOSE, Map.of("input", proposal(project)));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(data.countInProject("investment", project.id), equalTo(0L));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_manager_cannot_propose_in_a_project_it_is_not_a_member_of() {
        Project theirs = data.project("USD", "nina:MANAGER");

        JsonPath result = graphQL(PROPOSE, Map.of("input", proposal(theirs)));

        assertThat(result.get("errors"), nullValue());
        assertThat(result.getString("data.investmentPropose.userErrors[0].code"), equalTo("NOT_FOUND"));
        assertThat(result.getString("data.investmentPropose.userErrors[0].field"), equalTo("projectId"));
        assertThat(data.countInProject("investment", theirs.id), equalTo(0L));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void an_investment_cannot_mitigate_a_risk_of_another_project() {
        Project mine = data.project("USD", "maria:MANAGER");
        Project other = data.project("USD", "maria:MANAGER");
        Risk elsewhere = data.risk(other.id, "Elsewhere", "0.1", "100", "200", 1, 1);

        JsonPath result = graphQL(PROPOSE, Map.of("input", proposal(mine, elsewhere)));

        assertThat(result.getList("data.investmentPropose.userErrors"), hasSize(1));
        assertThat(result.getString("data.investmentPropose.userErrors[0].code"), equalTo("INVALID"));
        assertThat(result.getString("data.investmentPropose.userErrors[0].field"), equalTo("mitigations"));
        assertThat(data.countInProject("investment", mine.id), equalTo(0L));
        assertThat(data.countInProject("investment", other.id), equalTo(0L));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_proposal_lists_each_risk_once() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk risk = data.risk(project.id, "Twice", "0.1", "100", "200", 1, 1);

        JsonPath result = graphQL(PROPOSE, Map.of("input", proposal(project, risk, risk)));

        assertThat(result.getString("data.investmentPropose.userErrors[0].code"), equalTo("INVALID"));
        assertThat(result.getString("data.investmentPropose.userErrors[0].field"), equalTo("mitigations"));
        assertThat(data.countInProject("investment", project.id), equalTo(0L));
        assertThat(data.countInProject("mitigation", project.id), equalTo(0L));
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("oneTimeCost", "-1", "OUT_OF_RANGE", "oneTimeCost"),
                Arguments.of("oneTimeCost", "10.001", "OUT_OF_RANGE", "oneTimeCost"),
                Arguments.of("annualCost", "-0.01", "OUT_OF_RANGE", "annualCost"),
                Arguments.of("name", "   ", "REQUIRED", "name"),
                Arguments.of("name", "x".repeat(201), "TOO_LONG", "name"),
                Arguments.of("vendor", "x".repeat(201), "TOO_LONG", "vendor"),
                Arguments.of("description", "x".repeat(4001), "TOO_LONG", "description"),
                Arguments.of("probabilityReduction", "1.5", "OUT_OF_RANGE", "mitigations[0].probabilityReduction"),
                Arguments.of("probabilityReduction", "-0.1", "OUT_OF_RANGE", "mitigations[0].probabilityReduction"),
                Arguments.of("lossReduction", "0.1234567", "OUT_OF_RANGE", "mitigations[0].lossReduction"));
    }

    @ParameterizedTest(name = "{0} = {1} is refused with {2}")
    @MethodSource("badValues")
    @TestSecurity(user = "maria", roles = "manager")
    void a_bad_value_is_refused_with_a_typed_error_naming_the_field_and_nothing_is_written(String field, String value, String code,
            String reported) {
        Project project = data.project("USD", "maria:MANAGER");
        Risk risk = data.risk(project.id, "Target", "0.1", "100", "200", 1, 1);
        Map<String, Object> input = proposal(project);
        Map<String, Object> mitigation = new HashMap<>(Map.of("riskId", risk.id.toString(), "probabilityReduction", "0.5", "lossReduction", "0.5"));
        if (mitigation.containsKey(field)) {
            mitigation.put(field, value);
        } else {
            input.put(field, value);
        }
        input.put("mitigations", List.of(mitigation));

        JsonPath result = graphQL(PROPOSE, Map.of("input", input));

        assertThat(result.get("errors"), nullValue());
        assertThat(result.get("data.investmentPropose.investment"), nullValue());
        assertThat(result.getList("data.investmentPropose.userErrors"), hasSize(1));
        assertThat(result.getString("data.investmentPropose.userErrors[0].field"), equalTo(reported));
        assertThat(result.getString("data.investmentPropose.userErrors[0].code"), equalTo(code));
        assertThat(data.countInProject("investment", project.id), equalTo(0L));
    }

    // --- investmentDecide ----------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void the_sponsor_approves_a_proposal_and_the_decision_is_recorded() {
        Project project = data.project("USD", "maria:MANAGER", "sam:SPONSOR");
        Investment investment = data.investment(project.id, "Snapshots", InvestmentStatus.PROPOSED, "3000", "6000");

        JsonPath result = graphQL(DECIDE, decision(investment, 0, "APPROVED", "  Cheaper than one lost day.  "));

        assertThat(result.get("errors"), nullValue());
        assertThat(result.getList("data.investmentDecide.userErrors"), empty());
        assertThat(result.getString("data.investmentDecide.investment.status"), equalTo("APPROVED"));
        assertThat(result.getString("data.investmentDecide.investment.decidedBy"), equalTo("sam"));
        assertThat(result.getString("data.investmentDecide.investment.decidedAt"), notNullValue());
        assertThat(result.getString("data.investmentDecide.investment.decisionRationale"), equalTo("Cheaper than one lost day."));
        assertThat(result.getInt("data.investmentDecide.investment.version"), equalTo(1));
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void the_sponsor_rejects_a_proposal() {
        Project project = data.project("USD", "maria:MANAGER", "sam:SPONSOR");
        Investment investment = data.investment(project.id, "Comparison tool", InvestmentStatus.PROPOSED, "0", "2000");

        JsonPath result = graphQL(DECIDE, decision(investment, 0, "REJECTED", "Budget is tight this quarter."));

        assertThat(result.getString("data.investmentDecide.investment.status"), equalTo("REJECTED"));
        assertThat(result.getString("data.investmentDecide.investment.decidedBy"), equalTo("sam"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_manager_cannot_decide_on_an_investment() {
        assertDecisionForbidden(data.project("USD", "maria:MANAGER", "sam:SPONSOR"));
    }

    @Test
    @TestSecurity(user = "cole", roles = "contributor")
    void a_contributor_cannot_decide_on_an_investment() {
        assertDecisionForbidden(data.project("USD", "cole:CONTRIBUTOR", "sam:SPONSOR"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "admin")
    void not_even_an_admin_decides_on_an_investment() {
        assertDecisionForbidden(data.project("USD", "maria:MANAGER", "sam:SPONSOR"));
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void a_sponsor_of_another_project_does_not_see_its_investments() {
        Project theirs = data.project("USD", "maria:MANAGER", "nina:SPONSOR");
        Investment investment = data.investment(theirs.id, "Not yours", InvestmentStatus.PROPOSED, "0", "100");

        JsonPath result = graphQL(DECIDE, decision(investment, 0, "APPROVED", "Mine now."));
        JsonPath read = graphQL(READ, Map.of("id", investment.id.toString()));

        assertThat(result.getString("data.investmentDecide.userErrors[0].code"), equalTo("NOT_FOUND"));
        assertThat(read.get("data.investment"), nullValue());
        assertThat(data.historyCount(investment.id), equalTo(1L));
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void a_decision_without_a_rationale_is_refused() {
        Project project = data.project("USD", "sam:SPONSOR");
        Investment investment = data.investment(project.id, "Tool", InvestmentStatus.PROPOSED, "0", "100");

        JsonPath result = graphQL(DECIDE, decision(investment, 0, "REJECTED", "   "));

        assertThat(result.getList("data.investmentDecide.userErrors"), hasSize(1));
        assertThat(result.getString("data.investmentDecide.userErrors[0].code"), equalTo("REQUIRED"));
        assertThat(result.getString("data.investmentDecide.userErrors[0].field"), equalTo("rationale"));
        assertUnchanged(investment, "PROPOSED");
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void only_a_proposed_investment_is_decided() {
        Project project = data.project("USD", "sam:SPONSOR");
        Investment rejected = data.investment(project.id, "Tool", InvestmentStatus.REJECTED, "0", "100");

        JsonPath result = graphQL(DECIDE, decision(rejected, 0, "APPROVED", "Changed my mind."));

        assertThat(result.getList("data.investmentDecide.userErrors"), hasSize(1));
        assertThat(result.getString("data.investmentDecide.userErrors[0].code"), equalTo("INVALID"));
        assertThat(result.getString("data.investmentDecide.userErrors[0].field"), equalTo("decision"));
        assertUnchanged(rejected, "REJECTED");
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void a_decision_on_a_stale_version_is_a_conflict() {
        Project project = data.project("USD", "sam:SPONSOR");
        Investment investment = data.investment(project.id, "Tool", InvestmentStatus.PROPOSED, "0", "100");

        JsonPath result = graphQL(DECIDE, decision(investment, 3, "APPROVED", "Fine."));

        assertThat(result.getList("data.investmentDecide.userErrors"), hasSize(1));
        assertThat(result.getString("data.investmentDecide.userErrors[0].code"), equalTo("CONFLICT"));
        assertThat(result.getString("data.investmentDecide.userErrors[0].field"), equalTo("version"));
        assertUnchanged(investment, "PROPOSED");
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void a_decision_is_kept_in_the_history_with_its_actor_and_the_status_before_and_after() {
        Project project = data.project("USD", "sam:SPONSOR");
        Investment investment = data.investment(project.id, "Tool", InvestmentStatus.PROPOSED, "0", "100");
        graphQL(DECIDE, decision(investment, 0, "REJECTED", "Budget is tight."));

        JsonPath result = graphQL(READ, Map.of("id", investment.id.toString()));

        assertThat(result.getList("data.investment.history"), hasSize(2));
        assertThat(result.getString("data.investment.history[0].operation"), equalTo("CREATED"));
        assertThat(result.getString("data.investment.history[0].actor"), equalTo("test-fixture"));
        assertThat(result.getString("data.investment.history[1].operation"), equalTo("UPDATED"));
        assertThat(result.getString("data.investment.history[1].actor"), equalTo("sam"));
        assertThat(result.getList("data.investment.history[1].changes.field"),
                contains("decidedAt", "decidedBy", "decisionRationale", "status"));
        assertThat(change(result, 1, "status", "before"), equalTo("\"PROPOSED\""));
        assertThat(change(result, 1, "status", "after"), equalTo("\"REJECTED\""));
        assertThat(change(result, 1, "decidedBy", "before"), nullValue());
        assertThat(change(result, 1, "decidedBy", "after"), equalTo("\"sam\""));
        assertThat(change(result, 1, "decisionRationale", "after"), equalTo("\"Budget is tight.\""));
    }

    // --- investmentStatusSet -------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void an_approved_investment_goes_into_operation_and_is_later_retired() {
        Project project = data.project("USD", "maria:MANAGER");
        Investment investment = data.investment(project.id, "Drill", InvestmentStatus.APPROVED, "0", "100");

        JsonPath active = graphQL(STATUS_SET, statusSet(investment, 0, "ACTIVE"));
        JsonPath retired = graphQL(STATUS_SET, statusSet(investment, 1, "RETIRED"));

        assertThat(active.getList("data.investmentStatusSet.userErrors"), empty());
        assertThat(active.getString("data.investmentStatusSet.investment.status"), equalTo("ACTIVE"));
        assertThat(retired.getList("data.investmentStatusSet.userErrors"), empty());
        assertThat(retired.getString("data.investmentStatusSet.investment.status"), equalTo("RETIRED"));
        assertThat(retired.getInt("data.investmentStatusSet.investment.version"), equalTo(2));
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void an_approved_investment_may_be_retired_without_having_run() {
        Project project = data.project("USD", "sam:SPONSOR");
        Investment investment = data.investment(project.id, "Drill", InvestmentStatus.APPROVED, "0", "100");

        JsonPath retired = graphQL(STATUS_SET, statusSet(investment, 0, "RETIRED"));

        assertThat(retired.getList("data.investmentStatusSet.userErrors"), empty());
        assertThat(retired.getString("data.investmentStatusSet.investment.status"), equalTo("RETIRED"));
    }

    static Stream<Arguments> refusedTransitions() {
        return Stream.of(
                Arguments.of(InvestmentStatus.PROPOSED, "ACTIVE"),
                Arguments.of(InvestmentStatus.PROPOSED, "RETIRED"),
                Arguments.of(InvestmentStatus.REJECTED, "ACTIVE"),
                Arguments.of(InvestmentStatus.REJECTED, "RETIRED"),
                Arguments.of(InvestmentStatus.ACTIVE, "ACTIVE"),
                Arguments.of(InvestmentStatus.RETIRED, "ACTIVE"),
                Arguments.of(InvestmentStatus.RETIRED, "RETIRED"));
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @MethodSource("refusedTransitions")
    @TestSecurity(user = "maria", roles = "manager")
    void a_status_change_outside_the_lifecycle_is_refused(InvestmentStatus from, String to) {
        Project project = data.project("USD", "maria:MANAGER");
        Investment investment = data.investment(project.id, "Drill", from, "0", "100");

        JsonPath result = graphQL(STATUS_SET, statusSet(investment, 0, to));

        assertThat(result.getList("data.investmentStatusSet.userErrors"), hasSize(1));
        assertThat(result.getString("data.investmentStatusSet.userErrors[0].code"), equalTo("INVALID"));
        assertThat(result.getString("data.investmentStatusSet.userErrors[0].field"), equalTo("status"));
        assertUnchanged(investment, from.name());
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_status_change_on_a_stale_version_is_a_conflict() {
        Project project = data.project("USD", "maria:MANAGER");
        Investment investment = data.investment(project.id, "Drill", InvestmentStatus.APPROVED, "0", "100");

        JsonPath result = graphQL(STATUS_SET, statusSet(investment, 1, "ACTIVE"));

        assertThat(result.getString("data.investmentStatusSet.userErrors[0].code"), equalTo("CONFLICT"));
        assertUnchanged(investment, "APPROVED");
    }

    @Test
    @TestSecurity(user = "cole", roles = "contributor")
    void a_contributor_cannot_change_an_investments_status() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        Investment investment = data.investment(project.id, "Drill", InvestmentStatus.APPROVED, "0", "100");

        JsonPath result = graphQL(STATUS_SET, statusSet(investment, 0, "ACTIVE"));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertUnchanged(investment, "APPROVED");
    }

    // --- mitigationLink ------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_manager_links_an_investment_to_a_risk_and_later_changes_the_link() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk risk = data.risk(project.id, "Lock under load", "0.2", "30000", "400000", 3, 5);
        Investment investment = data.investment(project.id, "Online schema change", InvestmentStatus.PROPOSED, "1500", "4800");

        JsonPath created = graphQL(LINK, link(investment, risk, "0.7", "0.6", null));
        JsonPath changed = graphQL(LINK, link(investment, risk, "0.5", "0", 0));
        JsonPath stale = graphQL(LINK, link(investment, risk, "0.9", "0.9", 0));

        assertThat(created.getList("data.mitigationLink.userErrors"), empty());
        assertThat(created.getString("data.mitigationLink.mitigation.risk.title"), equalTo("Lock under load"));
        assertThat(created.getString("data.mitigationLink.mitigation.investment.name"), equalTo("Online schema change"));
        assertThat(changed.getList("data.mitigationLink.userErrors"), empty());
        assertThat(changed.getString("data.mitigationLink.mitigation.id"), equalTo(created.getString("data.mitigationLink.mitigation.id")));
        assertThat(changed.getString("data.mitigationLink.mitigation.probabilityReduction"), equalTo("0.5"));
        assertThat(changed.getInt("data.mitigationLink.mitigation.version"), equalTo(1));
        assertThat(changed.getList("data.mitigationLink.mitigation.history.operation"), contains("CREATED", "UPDATED"));
        assertThat(changed.getList("data.mitigationLink.mitigation.history.actor"), contains("maria", "maria"));
        assertThat(changed.getList("data.mitigationLink.mitigation.history[1].changes.field"),
                contains("lossReduction", "probabilityReduction"));
        assertThat(changed.getString("data.mitigationLink.mitigation.history[1].changes[1].before"), equalTo("0.700000"));
        assertThat(stale.getString("data.mitigationLink.userErrors[0].code"), equalTo("CONFLICT"));
        assertThat(data.countInProject("mitigation", project.id), equalTo(1L));
    }

    @ParameterizedTest
    @EnumSource(value = InvestmentStatus.class, names = { "APPROVED", "ACTIVE", "REJECTED" })
    @TestSecurity(user = "maria", roles = "manager")
    void changing_the_mitigations_of_a_decided_investment_sends_it_back_for_a_new_decision(InvestmentStatus decided) {
        Project project = data.project("USD", "maria:MANAGER", "sam:SPONSOR");
        Risk risk = data.risk(project.id, "Lock under load", "0.2", "30000", "400000", 3, 5);
        Risk other = data.risk(project.id, "Wrong snapshot", "0.1", "1000", "9000", 2, 4);
        Investment investment = data.investment(project.id, "Online schema change", decided, "1500", "4800");
        Mitigation existing = data.mitigation(investment, risk, "0.1", "0.1");

        JsonPath changed = graphQL(LINK, link(investment, risk, "0.9", "0.9", (int) existing.version));
        JsonPath read = graphQL("query($id: ID!) { investment(id: $id) { status decidedBy history { changes { field before after } } } }",
                Map.of("id", investment.id.toString()));
        JsonPath added = graphQL(LINK, link(investment, other, "0.5", "0.5", null));

        assertThat(changed.getList("data.mitigationLink.userErrors"), empty());
        assertThat(read.getString("data.investment.status"), equalTo("PROPOSED"));
        assertThat(read.get("data.investment.decidedBy"), nullValue());
        // the old decision is kept in the investment's history
        assertThat(read.getString("data.investment.history[-1].changes.find { it.field == 'status' }.before"), equalTo("\"" + decided + "\""));
        assertThat(added.getList("data.mitigationLink.userErrors"), empty());
        assertThat(data.investmentStatus(investment.id), equalTo("PROPOSED"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void changing_an_existing_link_requires_the_version_read() {
        Project project = data.project("USD", "maria:MANAGER");
        Risk risk = data.risk(project.id, "Lock under load", "0.2", "30000", "400000", 3, 5);
        Investment investment = data.investment(project.id, "Online schema change", InvestmentStatus.PROPOSED, "1500", "4800");
        data.mitigation(investment, risk, "0.1", "0.1");

        JsonPath result = graphQL(LINK, link(investment, risk, "0.9", "0.9", null));

        assertThat(result.getString("data.mitigationLink.userErrors[0].code"), equalTo("REQUIRED"));
        assertThat(result.getString("data.mitigationLink.userErrors[0].field"), equalTo("version"));
        assertThat(data.count("mitigation where probability_reduction = 0.1 and investment_id = '" + investment.id + "'"), equalTo(1L));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_link_to_a_risk_of_another_project_is_refused() {
        Project project = data.project("USD", "maria:MANAGER");
        Project other = data.project("USD", "maria:MANAGER");
        Risk elsewhere = data.risk(other.id, "Elsewhere", "0.1", "100", "200", 1, 1);
        Investment investment = data.investment(project.id, "Tool", InvestmentStatus.PROPOSED, "0", "100");

        JsonPath result = graphQL(LINK, link(investment, elsewhere, "0.5", "0.5", null));

        assertThat(result.getString("data.mitigationLink.userErrors[0].code"), equalTo("INVALID"));
        assertThat(result.getString("data.mitigationLink.userErrors[0].field"), equalTo("riskId"));
        assertThat(data.countInProject("mitigation", project.id) + data.countInProject("mitigation", other.id), equalTo(0L));
    }

    @Test
    @TestSecurity(user = "cole", roles = "contributor")
    void a_contributor_cannot_link_mitigations() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        Risk risk = data.risk(project.id, "Risk", "0.1", "100", "200", 1, 1);
        Investment investment = data.investment(project.id, "Tool", InvestmentStatus.PROPOSED, "0", "100");

        JsonPath result = graphQL(LINK, link(investment, risk, "0.5", "0.5", null));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(data.countInProject("mitigation", project.id), equalTo(0L));
    }

    // --- reading -------------------------------------------------------------------------------------

    @Test
    @TestSecurity(user = "vic", roles = "viewer")
    void a_projects_investments_page_oldest_first_with_keyset_cursors() {
        Project project = data.project("USD", "vic:VIEWER");
        Investment first = data.investment(project.id, "First", InvestmentStatus.PROPOSED, "0", "100");
        Investment second = data.investment(project.id, "Second", InvestmentStatus.APPROVED, "0", "100");
        Investment third = data.investment(project.id, "Third", InvestmentStatus.REJECTED, "0", "100");
        String query = """
                query($id: ID!, $after: String, $status: [InvestmentStatus]) {
                  project(id: $id) {
                    investments(first: 2, after: $after, status: $status) {
                      totalCount nodes { id } edges { cursor node { name } }
                      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                    }
                  }
                }""";

        JsonPath page1 = graphQL(query, Map.of("id", project.id.toString()));
        Map<String, Object> next = new HashMap<>(Map.of("id", project.id.toString()));
        next.put("after", page1.getString("data.project.investments.pageInfo.endCursor"));
        JsonPath page2 = graphQL(query, next);
        JsonPath decided = graphQL(query, Map.of("id", project.id.toString(), "status", List.of("APPROVED", "REJECTED")));

        assertThat(page1.getList("data.project.investments.nodes.id"), contains(first.id.toString(), second.id.toString()));
        assertThat(page1.getInt("data.project.investments.totalCount"), equalTo(3));
        assertThat(page1.getBoolean("data.project.investments.pageInfo.hasNextPage"), equalTo(true));
        assertThat(page1.getBoolean("data.project.investments.pageInfo.hasPreviousPage"), equalTo(false));
        assertThat(page2.getList("data.project.investments.nodes.id"), contains(third.id.toString()));
        assertThat(page2.getBoolean("data.project.investments.pageInfo.hasNextPage"), equalTo(false));
        assertThat(page2.getBoolean("data.project.investments.pageInfo.hasPreviousPage"), equalTo(true));
        assertThat(decided.getList("data.project.investments.edges.node.name"), contains("Second", "Third"));
        assertThat(decided.getInt("data.project.investments.totalCount"), equalTo(2));
    }

    @Test
    @TestSecurity(user = "vic", roles = "viewer")
    void a_cursor_this_api_did_not_issue_is_refused() {
        Project project = data.project("USD", "vic:VIEWER");

        JsonPath result = graphQL("""
                query($id: ID!) { project(id: $id) { investments(after: "bm90IGEgY3Vyc29y") { totalCount } } }""",
                Map.of("id", project.id.toString()));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("BAD_ARGUMENT"));
    }

    @Test
    @TestSecurity(user = "vic", roles = "viewer")
    void a_risk_lists_the_investments_that_mitigate_it_whatever_their_status() {
        Project project = data.project("USD", "vic:VIEWER");
        Risk risk = data.risk(project.id, "Risk", "0.1", "100", "200", 1, 1);
        Risk unrelated = data.risk(project.id, "Unrelated", "0.1", "100", "200", 1, 1);
        data.mitigation(data.investment(project.id, "Approved", InvestmentStatus.APPROVED, "0", "100"), risk, "0.5", "0.5");
        data.mitigation(data.investment(project.id, "Rejected", InvestmentStatus.REJECTED, "0", "100"), risk, "0.1", "0.1");

        JsonPath result = graphQL("""
                query($id: ID!, $other: ID!) {
                  risk(id: $id) { mitigations { investment { name status } risk { title } } }
                  other: risk(id: $other) { mitigations { id } }
                }""", Map.of("id", risk.id.toString(), "other", unrelated.id.toString()));

        assertThat(result.getList("data.risk.mitigations.investment.name"), contains("Approved", "Rejected"));
        assertThat(result.getList("data.risk.mitigations.risk.title"), hasItems("Risk"));
        assertThat(result.getList("data.other.mitigations"), empty());
    }

    @Test
    void the_published_schema_holds_the_prevention_names_clients_rely_on() {
        String published = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        for (String name : new String[] { "investmentPropose(input: InvestmentProposeInput!): InvestmentProposePayload!",
                "investmentDecide(input: InvestmentDecideInput!): InvestmentDecidePayload!",
                "investmentStatusSet(input: InvestmentStatusSetInput!): InvestmentStatusSetPayload!",
                "mitigationLink(input: MitigationLinkInput!): MitigationLinkPayload!", "): InvestmentConnection!",
                "mitigations: [Mitigation!]!", "residualExpectedLoss: Money!", "expectedLossAvoided: Money!",
                "annualizedCost: Money!", "returnOnInvestment: BigDecimal\n", "probabilityReduction: BigDecimal!" }) {
            assertThat(published, containsString(name));
        }
    }

    private void assertDecisionForbidden(Project project) {
        Investment investment = data.investment(project.id, "Tool", InvestmentStatus.PROPOSED, "0", "2000");

        JsonPath result = graphQL(DECIDE, decision(investment, 0, "APPROVED", "I would like it."));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(result.get("data.investmentDecide"), nullValue());
        assertThat(data.historyCount(investment.id), equalTo(1L));
    }

    /** Nothing was written: the investment is still in {@code status}, with only its creation in the history. */
    private void assertUnchanged(Investment investment, String status) {
        assertThat(data.historyCount(investment.id), equalTo(1L));
        assertThat(data.investmentStatus(investment.id), equalTo(status));
    }

    private static Map<String, Object> statusSet(Investment investment, int version, String status) {
        return Map.of("input", Map.of("id", investment.id.toString(), "version", version, "status", status));
    }

    private static Map<String, Object> link(Investment investment, Risk risk, String probability, String loss, Integer version) {
        Map<String, Object> input = new HashMap<>(Map.of("investmentId", investment.id.toString(), "riskId", risk.id.toString(),
                "probabilityReduction", probability, "lossReduction", loss));
        if (version != null) {
            input.put("version", version);
        }
        return Map.of("input", input);
    }

    private static String change(JsonPath result, int entry, String field, String side) {
        List<Map<String, String>> changes = result.getList("data.investment.history[" + entry + "].changes");
        return changes.stream().filter(c -> c.get("field").equals(field)).findFirst().orElseThrow().get(side);
    }
}
