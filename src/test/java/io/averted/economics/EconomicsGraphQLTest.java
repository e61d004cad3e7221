package io.averted.economics;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.risk.Risk;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * Every economics figure on a small project computed by hand. Point estimates (lossLow = lossHigh) make each
 * risk's mean loss exact, so every figure is exact to the cent.
 */
@QuarkusTest
class EconomicsGraphQLTest {

    static final String ECONOMICS = """
            query($id: ID!) { project(id: $id) { economics {
              currency
              preventionCost { annualized { amount } investments { name } }
              incidentLoss { total { amount } byType { type amount { amount } } byRisk { risk { title } amount { amount } }
                             byMonth { month amount { amount } } byMilestone { milestone { name } amount { amount } } incidents { title } }
              expectedLossInherent { amount } expectedLossResidual { amount } expectedLossAvoided { amount } returnOnPrevention
              declinedPrevention { investment { name } annualizedCost { amount } lossOnMitigatedRisks { amount } incidents { title } }
              costOfQuality { month prevention { amount } appraisal { amount } internalFailure { amount } externalFailure { amount } }
              risks { title }
            } } }""";

    @Inject
    TestData data;

    static BigDecimal amount(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    /**
     * Risk A: p 0.2, loss 10,000 (mean exact): inherent 2,000. Approved tool T (one-time 3,000, annual 1,000 → annualized
     * 2,000) mitigates A with pr 0.5, lr 0.25 → residual 0.1 × 7,500 = 750.
     * Risk B: p 0.1, loss 5,000: inherent 500; rejected investment R (annual 2,000) would mitigate B; B materialized
     * later in an incident with LABOR 10 h × 150.50 = 1,505.00 and REVENUE 2,000.00.
     * Risk C (CLOSED): p 0.5, loss 1,000 — counts nowhere.
     * Inherent 2,500.00; residual 1,250.00; avoided 1,250.00; return (1,250 − 2,000) / 2,000 = −0.3750.
     */
    @Test
    @TestSecurity(user = "vic", roles = "viewer")
    void every_figure_of_a_small_project_equals_the_hand_computation_to_the_cent() {
        Project project = data.project("EUR", "vic:VIEWER", "maria:MANAGER");
        Risk a = data.risk(project.id, "A", "0.2", "10000", "10000", 1, 1);
        Risk b = data.risk(project.id, "B", "0.1", "5000", "5000", 1, 1);
        Risk c = data.risk(project.id, "C", "0.5", "1000", "1000", 1, 1);
        data.closeRisk(c.id);
        var tool = data.investment(project.id, "T", io.averted.prevention.InvestmentStatus.APPROVED, "3000", "1000");
        data.mitigation(tool, a, "0.5", "0.25");
        var refused = data.investment(project.id, "R", io.averted.prevention.InvestmentStatus.REJECTED, "0", "2000");
        data.mitigation(refused, b, "0.9", "0");
        java.util.UUID incident = data.incident(project.id, "B happened");
        data.materialize(incident, b.id);
        data.loss(incident, "LABOR", "1505.00", "10", "150.50");
        data.loss(incident, "REVENUE", "2000.00", null, null);

        JsonPath result = graphQL(ECONOMICS, Map.of("id", project.id.toString()));

        assertThat(result.get("errors"), nullValue());
        String e = "data.project.economics.";
        assertThat(result.getString(e + "currency"), equalTo("EUR"));
        assertThat(amount(result, e + "expectedLossInherent.amount"), comparesEqualTo(new BigDecimal("2500.00")));
        assertThat(amount(result, e + "expectedLossResidual.amount"), comparesEqualTo(new BigDecimal("1250.00")));
        assertThat(amount(result, e + "expectedLossAvoided.amount"), comparesEqualTo(new BigDecimal("1250.00")));
        assertThat(amount(result, e + "preventionCost.annualized.amount"), comparesEqualTo(new BigDecimal("2000.00")));
        assertThat(amount(result, e + "returnOnPrevention"), comparesEqualTo(new BigDecimal("-0.3750")));
        assertThat(result.getList(e + "preventionCost.investments.name"), contains("T"));
        assertThat(amount(result, e + "incidentLoss.total.amount"), comparesEqualTo(new BigDecimal("3505.00")));
        assertThat(result.getList(e + "incidentLoss.byType.type"), containsInAnyOrder("LABOR", "REVENUE"));
        assertThat(amount(result, e + "incidentLoss.byRisk[0].amount.amount"), comparesEqualTo(new BigDecimal("3505.00")));
        assertThat(result.getString(e + "incidentLoss.byRisk[0].risk.title"), equalTo("B"));
        assertThat(result.getList(e + "incidentLoss.byMonth.month"), contains("2026-11"));
        assertThat(result.get(e + "incidentLoss.byMilestone[0].milestone"), nullValue());
        assertThat(result.getList(e + "declinedPrevention"), hasSize(1));
        assertThat(result.getString(e + "declinedPrevention[0].investment.name"), equalTo("R"));
        assertThat(amount(result, e + "declinedPrevention[0].annualizedCost.amount"), comparesEqualTo(new BigDecimal("2000.00")));
        assertThat(amount(result, e + "declinedPrevention[0].lossOnMitigatedRisks.amount"), comparesEqualTo(new BigDecimal("3505.00")));
        assertThat(result.getList(e + "declinedPrevention[0].incidents.title"), contains("B happened"));
        assertThat(result.getList(e + "risks.title"), contains("A", "B"));
        assertThat(result.getList(e + "costOfQuality.month"), hasItem("2026-11"));
    }

    /**
     * Cost of quality by month. T (one-time 3,000, annual 1,200) approved 2026-10-01: October 3,000 + 100, then 100 a
     * month. A gate result checked in 2 h at 80.50 and a failed one with 1.5 h checking and 3 h rework at 100: appraisal
     * 161.00 + 150.00, internal failure 300.00, in the month they are recorded. An incident on 2026-11-01 losing 990.10.
     */
    @Test
    @TestSecurity(user = "cole", roles = "contributor")
    void cost_of_quality_per_month_equals_the_hand_computation() {
        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");
        data.investment(project.id, "T", io.averted.prevention.InvestmentStatus.APPROVED, "3000", "1200");
        var gate = data.gate(data.milestone(project.id, "M"), "G", true, io.averted.milestone.GateStatus.PENDING);
        String record = """
                mutation($input: QualityGateRecordResultInput!) { qualityGateRecordResult(input: $input) { userErrors { code field } } }""";
        JsonPath passed = graphQL(record, Map.of("input", Map.of("gateId", gate.id.toString(), "outcome", "PASSED",
                "effortHours", "2", "hourlyRate", "80.50")));
        JsonPath failed = graphQL(record, Map.of("input", Map.of("gateId", gate.id.toString(), "outcome", "FAILED",
                "effortHours", "1.5", "reworkHours", "3", "hourlyRate", "100")));
        data.loss(data.incident(project.id, "Outage"), "REVENUE", "990.10", null, null);

        JsonPath result = graphQL(ECONOMICS, Map.of("id", project.id.toString()));

        assertThat(passed.getList("data.qualityGateRecordResult.userErrors"), empty());
        assertThat(failed.getList("data.qualityGateRecordResult.userErrors"), empty());
        String now = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        String october = "data.project.economics.costOfQuality.find { it.month == '2026-10' }";
        String november = "data.project.economics.costOfQuality.find { it.month == '2026-11' }";
        String current = "data.project.economics.costOfQuality.find { it.month == '" + now + "' }";
        assertThat(amount(result, october + ".prevention.amount"), comparesEqualTo(new BigDecimal("3100.00")));
        assertThat(amount(result, november + ".prevention.amount"), comparesEqualTo(new BigDecimal("100.00")));
        assertThat(amount(result, november + ".externalFailure.amount"), comparesEqualTo(new BigDecimal("990.10")));
        assertThat(amount(result, current + ".appraisal.amount"), comparesEqualTo(new BigDecimal("311.00")));
        assertThat(amount(result, current + ".internalFailure.amount"), comparesEqualTo(new BigDecimal("300.00")));
    }

    @Test
    @TestSecurity(user = "cole", roles = "contributor")
    void rework_is_only_recorded_on_a_failed_result_and_hours_need_a_rate() {
        Project project = data.project("USD", "cole:CONTRIBUTOR");
        var gate = data.gate(data.milestone(project.id, "M"), "G", true, io.averted.milestone.GateStatus.PENDING);
        String record = """
                mutation($input: QualityGateRecordResultInput!) { qualityGateRecordResult(input: $input) { userErrors { code field } } }""";

        JsonPath result = graphQL(record, Map.of("input", Map.of("gateId", gate.id.toString(), "outcome", "PASSED", "reworkHours", "3")));

        assertThat(result.getList("data.qualityGateRecordResult.userErrors.field"), containsInAnyOrder("hourlyRate", "reworkHours"));
        assertThat(data.count("gate_result where gate_id = '" + gate.id + "'"), equalTo(0L));
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void the_portfolio_groups_by_currency_and_converts_nothing() {
        Project usd = data.project("USD", "sam:SPONSOR");
        Project eur = data.project("EUR", "sam:SPONSOR");
        data.risk(usd.id, "u", "0.5", "100", "100", 1, 1);
        data.risk(eur.id, "e", "0.5", "300", "300", 1, 1);

        JsonPath result = graphQL("{ portfolio { currencies { currency projects { id } economics { currency expectedLossInherent { amount currency } } } } }");

        List<String> currencies = result.getList("data.portfolio.currencies.currency");
        assertThat(currencies, hasItem("USD"));
        assertThat(currencies, hasItem("EUR"));
        String usdGroup = "data.portfolio.currencies.find { it.currency == 'USD' }";
        String eurGroup = "data.portfolio.currencies.find { it.currency == 'EUR' }";
        assertThat(result.getList(usdGroup + ".projects.id"), hasItem(usd.id.toString()));
        assertThat(result.getList(usdGroup + ".projects.id"), org.hamcrest.Matchers.not(hasItem(eur.id.toString())));
        assertThat(result.getString(eurGroup + ".economics.expectedLossInherent.currency"), equalTo("EUR"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void economics_of_a_project_i_am_not_in_are_not_visible() {
        Project theirs = data.project("USD", "nina:MANAGER");
        JsonPath result = graphQL("query($id: ID!) { project(id: $id) { economics { currency } } }", Map.of("id", theirs.id.toString()));
        assertThat(result.get("data.project"), nullValue());
        assertThat(graphQL("{ portfolio { currencies { projects { id } } } }").getList("data.portfolio.currencies.projects.id").toString(),
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(theirs.id.toString())));
    }
}
