package io.averted.demo;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** The four stories of PRODUCT.md section 1, played through GraphQL alone on the demo data. */
@QuarkusTest
class StoriesTest {

    @Inject
    DemoData demo;

    @BeforeEach
    void theDemoDataIsLoaded() {
        demo.load(); // once per database; later calls change nothing
    }

    private static String projectId(String key) {
        return graphQL("{ projects(first: 100) { nodes { id key } } }").getString("data.projects.nodes.find { it.key == '" + key + "' }.id");
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void story_1_the_migration_cannot_complete_while_reconciliation_fails() {
        JsonPath project = graphQL("""
                query($id: ID!) { project(id: $id) { milestones { nodes { id name version } } } }""", Map.of("id", projectId("MBR")));
        String milestone = project.getString("data.project.milestones.nodes.find { it.name == 'Historical member migration' }.id");
        int version = project.getInt("data.project.milestones.nodes.find { it.name == 'Historical member migration' }.version");

        JsonPath result = graphQL("""
                mutation($input: MilestoneCompleteInput!) { milestoneComplete(input: $input) { milestone { status } userErrors { code message } } }""",
                Map.of("input", Map.of("id", milestone, "version", version)));

        assertThat(result.get("data.milestoneComplete.milestone"), nullValue());
        assertThat(result.getList("data.milestoneComplete.userErrors.code"), containsInAnyOrder("GATES_NOT_PASSED", "GATES_NOT_PASSED"));
        assertThat(result.getString("data.milestoneComplete.userErrors[0].message") + result.getString("data.milestoneComplete.userErrors[1].message"),
                containsString("\"Data reconciliation\" is FAILED"));
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void story_1_the_sponsor_sees_the_refused_2k_tool_beside_the_50k_incident() {
        JsonPath result = graphQL("""
                query($id: ID!) { project(id: $id) {
                  investments { nodes { name status decidedBy decisionRationale annualizedCost { amount }
                                        expectedLossAvoided { amount } mitigations { risk { expectedLoss { amount } } } } }
                  incidents { nodes { title totalLoss { amount currency } preventableBy { name status }
                                      risks { title status } postmortem { status } actionItems { title becameGate { name } becameInvestment { name } } } }
                } }""", Map.of("id", projectId("MBR")));

        String tool = "data.project.investments.nodes.find { it.name == 'Data comparison tool' }";
        assertThat(result.getString(tool + ".status"), equalTo("REJECTED"));
        assertThat(result.getString(tool + ".decidedBy"), equalTo("sam"));
        assertThat(new BigDecimal(result.getString(tool + ".annualizedCost.amount")), comparesEqualTo(new BigDecimal("2000")));
        // avoided = inherent x (1 - (1 - 0.8)(1 - 0.5)) = 0.9 x the risk's expected loss (to the cent)
        BigDecimal inherent = new BigDecimal(result.getString(tool + ".mitigations[0].risk.expectedLoss.amount"));
        assertThat(new BigDecimal(result.getString(tool + ".expectedLossAvoided.amount")),
                closeTo(inherent.multiply(new BigDecimal("0.9")), new BigDecimal("0.01")));
        String incident = "data.project.incidents.nodes[0]";
        assertThat(new BigDecimal(result.getString(incident + ".totalLoss.amount")), comparesEqualTo(new BigDecimal("52400.00")));
        assertThat(new BigDecimal(result.getString(incident + ".totalLoss.amount")), greaterThan(new BigDecimal("50000")));
        assertThat(result.getList(incident + ".preventableBy.name"), hasItem("Data comparison tool"));
        assertThat(result.getString(incident + ".preventableBy[0].status"), equalTo("REJECTED"));
        assertThat(result.getString(incident + ".risks[0].status"), equalTo("MATERIALIZED"));
        assertThat(result.getString(incident + ".postmortem.status"), equalTo("PUBLISHED"));
        assertThat(result.getList(incident + ".actionItems.becameGate.name"), hasItem("Data reconciliation"));
        assertThat(result.getList(incident + ".actionItems.becameInvestment.name"), hasItem("Data comparison tool"));
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void story_2_the_wrong_snapshot_is_a_near_miss_with_90_minutes_lost() {
        JsonPath result = graphQL("""
                query($id: ID!) { project(id: $id) { incidents { nodes { nearMiss dataLostMinutes lossAvoidedByLuck { amount }
                    postmortem { whereWeGotLucky timeline { description } } preventableBy { name status } } } } }""",
                Map.of("id", projectId("OPS")));

        String incident = "data.project.incidents.nodes[0]";
        assertThat(result.getBoolean(incident + ".nearMiss"), equalTo(true));
        assertThat(result.getInt(incident + ".dataLostMinutes"), equalTo(90));
        assertThat(new BigDecimal(result.getString(incident + ".lossAvoidedByLuck.amount")), comparesEqualTo(new BigDecimal("85000")));
        assertThat(result.getString(incident + ".postmortem.whereWeGotLucky"), containsString("hourly snapshots"));
        assertThat(result.getString(incident + ".preventableBy[0].status"), equalTo("APPROVED"));
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void story_3_the_schema_change_stopped_payments_for_20_minutes() {
        JsonPath result = graphQL("""
                query($id: ID!) { project(id: $id) { incidents { nodes { occurredAt resolvedAt timeToDetectMinutes timeToResolveMinutes
                    totalLoss { currency } risks { title } } } } }""", Map.of("id", projectId("PAY")));

        String incident = "data.project.incidents.nodes[0]";
        assertThat(result.getInt(incident + ".timeToDetectMinutes") + result.getInt(incident + ".timeToResolveMinutes"), equalTo(20));
        assertThat(result.getString(incident + ".totalLoss.currency"), equalTo("EUR"));
        assertThat(result.getList(incident + ".risks.title"), hasItem("Schema change takes a table lock under peak load"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void story_4_a_fix_that_did_not_hold_and_overdue_actions_are_visible() {
        JsonPath result = graphQL("""
                query($id: ID!) { project(id: $id) {
                  incidents { nodes { title recurrence recurrenceOf { title } } }
                  actionItems(overdue: true) { title owner { username } }
                } }""", Map.of("id", projectId("REL")));

        assertThat(result.getBoolean("data.project.incidents.nodes.find { it.title == 'Reporting database ran out of disk again' }.recurrence"),
                equalTo(true));
        assertThat(result.getBoolean("data.project.incidents.nodes.find { it.title == 'Reporting database ran out of disk' }.recurrence"),
                equalTo(false));
        assertThat(result.getList("data.project.actionItems.title"), hasItem("Review open post-mortem actions in the weekly operations meeting"));
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void the_sponsor_sees_prevention_cost_against_incident_loss_and_the_declined_prevention_line() {
        JsonPath result = graphQL("""
                { portfolio { currencies { currency projects { key } economics {
                    preventionCost { annualized { amount } } incidentLoss { total { amount } }
                    declinedPrevention { investment { name } annualizedCost { amount } lossOnMitigatedRisks { amount } incidents { title } }
                } } } }""");

        String usd = "data.portfolio.currencies.find { it.currency == 'USD' }.economics";
        String line = usd + ".declinedPrevention.find { it.investment.name == 'Data comparison tool' }";
        assertThat(new BigDecimal(result.getString(line + ".annualizedCost.amount")), comparesEqualTo(new BigDecimal("2000")));
        assertThat(new BigDecimal(result.getString(line + ".lossOnMitigatedRisks.amount")), comparesEqualTo(new BigDecimal("52400.00")));
        assertThat(result.getList(line + ".incidents.title"), hasItem("Production loaded with UAT test data; no member can log in"));
        assertThat(result.getList("data.portfolio.currencies.currency"), hasItem("EUR"));
        JsonPath ops = graphQL("query($id: ID!) { project(id: $id) { economics { preventionCost { annualized { amount } } } } }",
                Map.of("id", projectId("OPS")));
        // OPS's approved snapshots and drill: 3,000 / 3 years + 6,000 a year
        assertThat(new BigDecimal(ops.getString("data.project.economics.preventionCost.annualized.amount")),
                comparesEqualTo(new BigDecimal("7000.00")));
    }
}
