package io.averted.economics;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.averted.prevention.Investment;
import io.averted.prevention.InvestmentStatus;
import io.averted.project.Project;
import io.averted.risk.Risk;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** Project.lossSimulation(assume:): the what-if of counting some investments as in force, from the same draws. */
@QuarkusTest
@TestSecurity(user = "sam", roles = "sponsor")
class WhatIfSimulationGraphQLTest {

    static final String CURRENT_AND_WHAT_IF = """
            query($id: ID!, $assume: [ID!]!) { project(id: $id) {
              current: lossSimulation(trials: 20000, seed: 11) { inherent { mean { amount } p90 { amount } } residual { mean { amount } p90 { amount } } }
              whatIf: lossSimulation(trials: 20000, seed: 11, assume: { investmentIds: $assume }) { inherent { mean { amount } p90 { amount } } residual { mean { amount } p90 { amount } } }
            } }""";

    @Inject
    TestData data;

    static BigDecimal amount(JsonPath json, String path) {
        return new BigDecimal(json.getString("data.project." + path + ".amount"));
    }

    @Test
    void assuming_a_proposed_investment_counts_its_mitigation_in_the_residual_only() {
        Project project = data.project("USD", "sam:SPONSOR");
        Risk certain = data.risk(project.id, "certain loss of 1,000", "1", "1000", "1000", 1, 1);
        Investment proposed = data.investment(project.id, "halves the loss", InvestmentStatus.PROPOSED, "0", "100");
        data.mitigation(proposed, certain, "0", "0.5");

        JsonPath result = graphQL(CURRENT_AND_WHAT_IF, Map.of("id", project.id.toString(), "assume", List.of(proposed.id.toString())));

        assertThat(result.get("errors"), nullValue());
        assertThat(amount(result, "current.residual.mean").doubleValue(), closeTo(1000, 1e-9));
        assertThat(amount(result, "whatIf.residual.mean").doubleValue(), closeTo(500, 1e-9));
        assertThat(amount(result, "whatIf.inherent.mean").doubleValue(), closeTo(1000, 1e-9));
    }

    @Test
    void the_what_if_uses_the_same_draws_so_the_difference_is_the_investments_effect() {
        Project project = data.project("USD", "sam:SPONSOR");
        Risk mitigated = data.risk(project.id, "mitigated", "0.3", "100", "50000", 1, 1);
        data.risk(project.id, "untouched", "0.2", "1000", "9000", 1, 1);
        Investment rejected = data.investment(project.id, "rejected tool", InvestmentStatus.REJECTED, "6000", "2000");
        data.mitigation(rejected, mitigated, "0.5", "0");

        JsonPath result = graphQL(CURRENT_AND_WHAT_IF, Map.of("id", project.id.toString(), "assume", List.of(rejected.id.toString())));

        assertThat(result.get("errors"), nullValue());
        // the same draws: inherent identical to the cent, and a rejected investment is not in force without the what-if
        assertThat(amount(result, "whatIf.inherent.mean"), equalTo(amount(result, "current.inherent.mean")));
        assertThat(amount(result, "whatIf.inherent.p90"), equalTo(amount(result, "current.inherent.p90")));
        assertThat(amount(result, "current.residual.mean"), equalTo(amount(result, "current.inherent.mean")));
        // thinning with the same uniforms: the what-if residual never exceeds the current one, and is lower here
        assertThat(amount(result, "whatIf.residual.mean"), lessThan(amount(result, "current.residual.mean")));
    }

    @Test
    void an_investment_in_force_anyway_counts_once_when_assumed() {
        Project project = data.project("USD", "sam:SPONSOR");
        Risk certain = data.risk(project.id, "certain loss of 1,000", "1", "1000", "1000", 1, 1);
        Investment approved = data.investment(project.id, "approved", InvestmentStatus.APPROVED, "0", "100");
        data.mitigation(approved, certain, "0", "0.5");

        JsonPath result = graphQL(CURRENT_AND_WHAT_IF, Map.of("id", project.id.toString(), "assume", List.of(approved.id.toString())));

        assertThat(amount(result, "current.residual.mean").doubleValue(), closeTo(500, 1e-9));
        assertThat(amount(result, "whatIf.residual.mean").doubleValue(), closeTo(500, 1e-9));
    }

    @Test
    void another_projects_investment_changes_nothing() {
        Project project = data.project("USD", "sam:SPONSOR");
        Project other = data.project("USD", "sam:SPONSOR");
        data.risk(project.id, "certain loss of 1,000", "1", "1000", "1000", 1, 1);
        Risk elsewhere = data.risk(other.id, "elsewhere", "1", "1000", "1000", 1, 1);
        Investment foreign = data.investment(other.id, "foreign", InvestmentStatus.PROPOSED, "0", "100");
        data.mitigation(foreign, elsewhere, "0", "0.5");

        JsonPath result = graphQL(CURRENT_AND_WHAT_IF,
                Map.of("id", project.id.toString(), "assume", List.of(foreign.id.toString())));

        assertThat(result.get("errors"), nullValue());
        assertThat(amount(result, "whatIf.residual.mean").doubleValue(), closeTo(1000, 1e-9));
    }

    @Test
    void more_than_a_thousand_assumed_investments_are_refused() {
        Project project = data.project("USD", "sam:SPONSOR");
        List<String> ids = java.util.stream.Stream.generate(() -> java.util.UUID.randomUUID().toString()).limit(1001).toList();

        JsonPath result = graphQL(CURRENT_AND_WHAT_IF, Map.of("id", project.id.toString(), "assume", ids));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("BAD_ARGUMENT"));
        assertThat(result.get("data.project.whatIf"), nullValue());
    }

    @Test
    void a_what_if_for_a_hundred_risks_answers_quickly() {
        Project project = data.project("USD", "sam:SPONSOR");
        Investment proposed = data.investment(project.id, "covers half", InvestmentStatus.PROPOSED, "0", "100");
        List<Risk> risks = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Risk risk = data.risk(project.id, "risk " + i, "0.1", "1000", "50000", 1, 1);
            risks.add(risk);
            if (i % 2 == 0) {
                data.mitigation(proposed, risk, "0.4", "0.2");
            }
        }
        String query = """
                query($id: ID!, $assume: [ID!]!) { project(id: $id) { lossSimulation(trials: 20000, seed: 1, assume: { investmentIds: $assume }) {
                  risks residual { mean { amount } exceedanceCurve { loss { amount } probability } } } } }""";
        Map<String, Object> variables = Map.of("id", project.id.toString(), "assume", List.of(proposed.id.toString()));
        graphQL(query, variables); // warm up

        long best = Long.MAX_VALUE;
        for (int seed = 0; seed < 3; seed++) {
            // a new mitigation each time, so the answer cannot come from the cache
            Investment other = data.investment(project.id, "toggle " + seed, InvestmentStatus.PROPOSED, "0", "10");
            data.mitigation(other, risks.get(seed * 2 + 1), "0.3", "0");
            long start = System.nanoTime();
            JsonPath result = graphQL(query, Map.of("id", project.id.toString(), "assume", List.of(proposed.id.toString(), other.id.toString())));
            best = Math.min(best, System.nanoTime() - start);
            assertThat(result.getInt("data.project.lossSimulation.risks"), equalTo(100));
        }
        System.out.printf("what-if latency, 100 risks x 20,000 trials: %d ms%n", best / 1_000_000);
        // generous for a shared 2-core machine; the point is "immediate", not a benchmark
        assertThat((double) best / 1_000_000, lessThan(2000.0));
    }
}
