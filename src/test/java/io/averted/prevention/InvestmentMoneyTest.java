package io.averted.prevention;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.risk.Risk;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * PRODUCT.md section 4 through the API, against values computed by hand. Risks are point estimates
 * (lossLow = lossHigh = 10,000), so their mean loss is exact and every amount can be asserted to the cent.
 * The running example: p = 0.2, an APPROVED investment cutting probability by 0.5 and loss by 0.25, and a
 * PROPOSED one cutting probability by 0.1, costing 3,000 once and 1,000 a year (amortized over 3 years).
 */
@QuarkusTest
@TestSecurity(user = "maria", roles = "manager")
class InvestmentMoneyTest {

    static final String RISK = """
            query($id: ID!) { risk(id: $id) { expectedLoss { amount currency } residualExpectedLoss { amount currency } } }""";

    static final String INVESTMENT = """
            query($id: ID!) {
              investment(id: $id) {
                annualizedCost { amount currency } expectedLossAvoided { amount currency } returnOnInvestment
              }
            }""";

    @Inject
    TestData data;

    Project project;
    Risk risk;

    void givenTheRunningExample() {
        project = data.project("EUR", "maria:MANAGER");
        risk = pointEstimate("Table lock under peak load");
    }

    Risk pointEstimate(String title) {
        return data.risk(project.id, title, "0.2", "10000", "10000", 3, 5);
    }

    Investment approved(Risk mitigated) {
        Investment investment = data.investment(project.id, "Online schema change", InvestmentStatus.APPROVED, "0", "500");
        data.mitigation(investment, mitigated, "0.5", "0.25");
        return investment;
    }

    Investment proposed(Risk... mitigated) {
        return investment(InvestmentStatus.PROPOSED, mitigated);
    }

    Investment investment(InvestmentStatus status, Risk... mitigated) {
        Investment investment = data.investment(project.id, "Load rehearsal", status, "3000", "1000");
        for (Risk r : mitigated) {
            data.mitigation(investment, r, "0.1", "0");
        }
        return investment;
    }

    @Test
    void the_residual_loss_of_a_risk_counts_only_investments_in_force() {
        givenTheRunningExample();
        approved(risk);
        proposed(risk);

        JsonPath result = graphQL(RISK, Map.of("id", risk.id.toString()));

        assertThat(result.get("errors"), nullValue());
        assertExactly("2000.00", amount(result, "data.risk.expectedLoss"));
        // 0.2 x (1 - 0.5) x 10,000 x (1 - 0.25); the proposal does not count yet
        assertExactly("750.00", amount(result, "data.risk.residualExpectedLoss"));
        assertEquals("EUR", result.getString("data.risk.residualExpectedLoss.currency"));
    }

    @Test
    void a_risk_nothing_mitigates_keeps_its_inherent_loss_as_residual() {
        givenTheRunningExample();
        proposed(risk);

        JsonPath result = graphQL(RISK, Map.of("id", risk.id.toString()));

        assertExactly("2000.00", amount(result, "data.risk.residualExpectedLoss"));
    }

    @Test
    void a_proposal_is_worth_the_residual_without_it_minus_the_residual_with_it() {
        givenTheRunningExample();
        approved(risk);
        Investment proposal = proposed(risk);

        JsonPath result = graphQL(INVESTMENT, Map.of("id", proposal.id.toString()));

        assertThat(result.get("errors"), nullValue());
        // 750 - 0.2 x 0.5 x 0.9 x 10,000 x 0.75 = 750 - 675
        assertExactly("75.00", amount(result, "data.investment.expectedLossAvoided"));
        // 1,000 + 3,000 / 3
        assertExactly("2000.00", amount(result, "data.investment.annualizedCost"));
        // (75 - 2,000) / 2,000
        assertExactly("-0.9625", decimal(result, "data.investment.returnOnInvestment"));
        assertEquals("EUR", result.getString("data.investment.expectedLossAvoided.currency"));
    }

    @Test
    void an_investment_in_force_is_worth_what_it_avoids_on_top_of_the_others_in_force() {
        givenTheRunningExample();
        Investment first = approved(risk);
        Investment second = investment(InvestmentStatus.ACTIVE, risk);

        JsonPath firstResult = graphQL(INVESTMENT, Map.of("id", first.id.toString()));
        JsonPath secondResult = graphQL(INVESTMENT, Map.of("id", second.id.toString()));
        JsonPath riskResult = graphQL(RISK, Map.of("id", risk.id.toString()));

        // both in force: 0.2 x 0.5 x 0.9 x 10,000 x 0.75
        assertExactly("675.00", amount(riskResult, "data.risk.residualExpectedLoss"));
        // without the first: 0.2 x 0.9 x 10,000 = 1,800; minus 675
        assertExactly("1125.00", amount(firstResult, "data.investment.expectedLossAvoided"));
        // (1,125 - 500) / 500
        assertExactly("1.2500", decimal(firstResult, "data.investment.returnOnInvestment"));
        // without the second: 750; minus 675
        assertExactly("75.00", amount(secondResult, "data.investment.expectedLossAvoided"));
    }

    @Test
    void a_rejected_investment_shows_what_adopting_it_would_have_avoided_and_reduces_nothing() {
        givenTheRunningExample();
        approved(risk);
        Investment rejected = investment(InvestmentStatus.REJECTED, risk);

        JsonPath investment = graphQL(INVESTMENT, Map.of("id", rejected.id.toString()));
        JsonPath residual = graphQL(RISK, Map.of("id", risk.id.toString()));

        assertExactly("75.00", amount(investment, "data.investment.expectedLossAvoided"));
        assertExactly("750.00", amount(residual, "data.risk.residualExpectedLoss"));
    }

    @Test
    void a_retired_investment_no_longer_reduces_residual_loss() {
        givenTheRunningExample();
        data.mitigation(data.investment(project.id, "Old tool", InvestmentStatus.RETIRED, "0", "500"), risk, "0.5", "0.25");
        Investment proposal = proposed(risk);

        JsonPath residual = graphQL(RISK, Map.of("id", risk.id.toString()));
        JsonPath investment = graphQL(INVESTMENT, Map.of("id", proposal.id.toString()));

        assertExactly("2000.00", amount(residual, "data.risk.residualExpectedLoss"));
        // 2,000 - 0.2 x 0.9 x 10,000
        assertExactly("200.00", amount(investment, "data.investment.expectedLossAvoided"));
    }

    @Test
    void the_avoided_loss_adds_up_over_the_mitigated_risks_that_are_not_closed() {
        givenTheRunningExample();
        Risk second = pointEstimate("Staging has no production-like load");
        Risk closed = pointEstimate("Closed meanwhile");
        Investment proposal = proposed(risk, second, closed);
        JsonPath closing = graphQL("""
                mutation($input: RiskCloseInput!) { riskClose(input: $input) { userErrors { code } } }""",
                Map.of("input", Map.of("id", closed.id.toString(), "version", 0)));

        JsonPath result = graphQL(INVESTMENT, Map.of("id", proposal.id.toString()));

        assertThat(closing.getList("data.riskClose.userErrors"), empty());
        // 2 x (2,000 - 0.2 x 0.9 x 10,000); the closed risk adds nothing
        assertExactly("400.00", amount(result, "data.investment.expectedLossAvoided"));
        assertExactly("-0.8000", decimal(result, "data.investment.returnOnInvestment"));
    }

    @Test
    void an_investment_that_costs_nothing_has_no_return() {
        givenTheRunningExample();
        Investment free = data.investment(project.id, "Checklist", InvestmentStatus.PROPOSED, "0", "0");
        data.mitigation(free, risk, "0.1", "0");

        JsonPath result = graphQL(INVESTMENT, Map.of("id", free.id.toString()));

        assertThat(result.get("errors"), nullValue());
        assertExactly("0.00", amount(result, "data.investment.annualizedCost"));
        assertExactly("200.00", amount(result, "data.investment.expectedLossAvoided"));
        assertThat(result.get("data.investment.returnOnInvestment"), nullValue());
    }

    @Test
    void the_return_uses_the_annualized_cost_unrounded() {
        project = data.project("EUR", "maria:MANAGER");
        Risk certain = data.risk(project.id, "Certain", "0.5", "200000", "200000", 3, 5);
        Investment investment = data.investment(project.id, "Odd cost", InvestmentStatus.PROPOSED, "1000", "0");
        data.mitigation(investment, certain, "1", "0");

        JsonPath result = graphQL(INVESTMENT, Map.of("id", investment.id.toString()));

        // avoided 0.5 x 200,000 = 100,000; cost 1,000 / 3 = 333.33... shown to the cent
        assertExactly("100000.00", amount(result, "data.investment.expectedLossAvoided"));
        assertExactly("333.33", amount(result, "data.investment.annualizedCost"));
        // (100,000 - 1,000/3) / (1,000/3) = 299 exactly; with the cost rounded to 333.33 it would be 299.0030
        assertExactly("299.0000", decimal(result, "data.investment.returnOnInvestment"));
    }

    /**
     * Exact decimal equality of the value: 750.00 equals 750.0 (JsonPath drops trailing zeros when it parses),
     * but 750.001 or a floating-point 749.99999 does not.
     */
    private static void assertExactly(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected).stripTrailingZeros(), actual.stripTrailingZeros());
    }

    private static BigDecimal amount(JsonPath result, String money) {
        return decimal(result, money + ".amount");
    }

    /** The number as exact decimal text, never through a double. */
    private static BigDecimal decimal(JsonPath result, String path) {
        Object value = result.using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL)).get(path);
        return new BigDecimal(value.toString());
    }
}
