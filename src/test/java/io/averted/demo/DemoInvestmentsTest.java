package io.averted.demo;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.risk.Risk;
import io.averted.support.TestData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** DemoInvestments as DemoData calls it: inside a transaction with the actor stamped, after the stories' projects and risks. */
@QuarkusTest
@TestSecurity(user = "sam", roles = "sponsor")
class DemoInvestmentsTest {

    static final String INVESTMENTS = """
            query($id: ID!) {
              project(id: $id) {
                investments {
                  nodes {
                    name kind vendor status proposedBy decidedBy decisionRationale version
                    oneTimeCost { amount } annualCost { amount } expectedLossAvoided { amount }
                    mitigations { probabilityReduction lossReduction
                                  risk { title expectedLoss { amount } residualExpectedLoss { amount } } }
                    history { operation actor changes { field before after } }
                  }
                }
              }
            }""";

    @Inject
    TestData data;

    @Inject
    EntityManager em;

    @Inject
    DemoInvestments demo;

    Project portal;
    Project operations;
    Project payments;
    final Map<String, Risk> risks = new HashMap<>();

    void givenTheStoriesProjectsAndRisks() {
        portal = data.project("USD", "maria:MANAGER", "sam:SPONSOR");
        operations = data.project("USD", "maria:MANAGER", "sam:SPONSOR");
        payments = data.project("EUR", "maria:MANAGER", "sam:SPONSOR");
        risk(portal, "Migration loads data from the wrong source environment", "0.15", "20000", "150000");
        risk(operations, "Restore applied to production instead of a test server", "0.08", "15000", "200000");
        risk(operations, "Newest restore point older than the recovery point objective", "0.12", "5000", "90000");
        risk(payments, "Schema change takes a table lock under peak load", "0.20", "30000", "400000");
        risk(payments, "Staging has no production-like load", "0.30", "10000", "120000");
    }

    void risk(Project project, String title, String probability, String low, String high) {
        risks.put(title, data.risk(project.id, title, probability, low, high, 3, 4));
    }

    void load(Map<String, Risk> risksByTitle) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select set_config('averted.actor', 'demo-data', true)").getSingleResult();
            demo.load(em, Map.of("MBR", portal, "OPS", operations, "PAY", payments), risksByTitle);
        });
    }

    @Test
    void the_member_portal_shows_the_comparison_tool_the_sponsor_refused() {
        givenTheStoriesProjectsAndRisks();
        load(risks);

        JsonPath result = graphQL(INVESTMENTS, Map.of("id", portal.id.toString()));

        assertThat(result.get("errors"), nullValue());
        String tool = "data.project.investments.nodes[0].";
        assertThat(result.getString(tool + "name"), equalTo("Data comparison tool"));
        assertThat(result.getString(tool + "kind"), equalTo("TOOL"));
        assertThat(result.getString(tool + "vendor"), equalTo("RowMatch"));
        assertThat(result.getString(tool + "status"), equalTo("REJECTED"));
        assertThat(result.getString(tool + "proposedBy"), equalTo("maria"));
        assertThat(result.getString(tool + "decidedBy"), equalTo("sam"));
        assertThat(result.getString(tool + "decisionRationale"), equalTo("Budget is tight this quarter; the team will spot-check by hand."));
        assertThat(decimal(result, tool + "oneTimeCost.amount").signum(), equalTo(0));
        assertThat(decimal(result, tool + "annualCost.amount"), comparesEqualTo(new BigDecimal("2000")));
        assertThat(result.getList(tool + "mitigations.risk.title"), contains("Migration loads data from the wrong source environment"));
        assertThat(decimal(result, tool + "mitigations[0].probabilityReduction"), comparesEqualTo(new BigDecimal("0.8")));
        assertThat(decimal(result, tool + "mitigations[0].lossReduction"), comparesEqualTo(new BigDecimal("0.5")));
        // refused, so the risk keeps its whole expected loss; the what-if is what the tool would have avoided
        assertThat(decimal(result, tool + "mitigations[0].risk.residualExpectedLoss.amount"),
                comparesEqualTo(decimal(result, tool + "mitigations[0].risk.expectedLoss.amount")));
        assertThat(decimal(result, tool + "expectedLossAvoided.amount"), greaterThan(new BigDecimal("2000")));
        assertThat(result.getList(tool + "history.operation"), contains("CREATED", "UPDATED"));
        assertThat(result.getString(tool + "history[1].changes.find { it.field == 'status' }.after"), equalTo("\"REJECTED\""));
    }

    @Test
    void operations_has_the_approved_snapshots_and_payments_the_proposed_schema_tool() {
        givenTheStoriesProjectsAndRisks();
        load(risks);

        JsonPath ops = graphQL(INVESTMENTS, Map.of("id", operations.id.toString()));
        JsonPath pay = graphQL(INVESTMENTS, Map.of("id", payments.id.toString()));

        String snapshots = "data.project.investments.nodes[0].";
        assertThat(ops.getString(snapshots + "name"), equalTo("Hourly snapshots and quarterly restore drill"));
        assertThat(ops.getString(snapshots + "kind"), equalTo("PROCESS"));
        assertThat(ops.getString(snapshots + "status"), equalTo("APPROVED"));
        assertThat(ops.getString(snapshots + "decidedBy"), equalTo("sam"));
        assertThat(ops.getList(snapshots + "mitigations.risk.title"), contains(
                "Restore applied to production instead of a test server", "Newest restore point older than the recovery point objective"));
        assertThat(decimal(ops, snapshots + "mitigations[0].risk.residualExpectedLoss.amount"),
                lessThan(decimal(ops, snapshots + "mitigations[0].risk.expectedLoss.amount")));

        String schemaTool = "data.project.investments.nodes[0].";
        assertThat(pay.getString(schemaTool + "name"), equalTo("Online schema-change tool"));
        assertThat(pay.getString(schemaTool + "vendor"), equalTo("gh-ost support contract"));
        assertThat(pay.getString(schemaTool + "status"), equalTo("PROPOSED"));
        assertThat(pay.getString(schemaTool + "proposedBy"), equalTo("maria"));
        assertThat(pay.get(schemaTool + "decidedBy"), nullValue());
        assertThat(decimal(pay, schemaTool + "oneTimeCost.amount"), comparesEqualTo(new BigDecimal("1500")));
        assertThat(decimal(pay, schemaTool + "annualCost.amount"), comparesEqualTo(new BigDecimal("4800")));
        assertThat(pay.getList(schemaTool + "mitigations.risk.title"), contains(
                "Schema change takes a table lock under peak load", "Staging has no production-like load"));
    }

    @Test
    void a_story_risk_missing_from_the_demo_data_fails_loudly_and_writes_nothing() {
        givenTheStoriesProjectsAndRisks();
        Map<String, Risk> incomplete = new HashMap<>(risks);
        incomplete.remove("Staging has no production-like load");

        assertThrows(IllegalStateException.class, () -> load(incomplete));
        assertThat(data.countInProject("investment", portal.id), equalTo(0L));
    }

    private static BigDecimal decimal(JsonPath result, String path) {
        return new BigDecimal(result.getString(path));
    }
}
