package io.averted.economics;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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

@QuarkusTest
@TestSecurity(user = "vic", roles = "viewer")
class LossSimulationGraphQLTest {

    static final String SIMULATION = """
            query($id: ID!, $trials: Int, $seed: BigInteger) { project(id: $id) { lossSimulation(trials: $trials, seed: $seed) {
              trials seed risks
              inherent { mean { amount currency } p50 { amount } p90 { amount } p95 { amount } p99 { amount } probabilityOfAnyLoss
                         exceedanceCurve { loss { amount } probability } }
              residual { mean { amount } p99 { amount } probabilityOfAnyLoss }
            } } }""";

    @Inject
    TestData data;

    static double number(JsonPath json, String path) {
        return new BigDecimal(json.getString(path)).doubleValue();
    }

    @Test
    void a_viewer_simulates_its_project_and_the_mean_matches_the_closed_form() {
        Project project = data.project("USD", "vic:VIEWER");
        data.risk(project.id, "often, small", "0.5", "1000", "1000", 1, 1);
        data.risk(project.id, "rare, large", "0.2", "5000", "5000", 1, 1);
        Risk closed = data.risk(project.id, "closed", "0.9", "100000", "100000", 1, 1);
        data.closeRisk(closed.id);
        int trials = 100_000;

        JsonPath result = graphQL(SIMULATION, Map.of("id", project.id.toString(), "trials", trials, "seed", 42));

        assertThat(result.get("errors"), nullValue());
        String s = "data.project.lossSimulation.";
        assertThat(result.getInt(s + "risks"), equalTo(2));
        // mean 0.5 x 1,000 + 0.2 x 5,000 = 1,500; variance 0.25 x 1,000^2 + 0.16 x 5,000^2 = 4,250,000
        double standardError = Math.sqrt(4_250_000.0 / trials);
        assertThat(number(result, s + "inherent.mean.amount"), closeTo(1500.0, 4 * standardError));
        // P(any loss) = 1 - 0.5 x 0.8 = 0.6
        assertThat(number(result, s + "inherent.probabilityOfAnyLoss"), closeTo(0.6, 4 * Math.sqrt(0.6 * 0.4 / trials)));
        assertThat(result.getList(s + "inherent.exceedanceCurve").size(), greaterThanOrEqualTo(40));
        assertThat(number(result, s + "residual.mean.amount"), lessThanOrEqualTo(number(result, s + "inherent.mean.amount")));
        assertThat(result.getString(s + "inherent.mean.currency"), equalTo("USD"));
    }

    @Test
    void the_same_seed_gives_the_same_simulation() {
        Project project = data.project("USD", "vic:VIEWER");
        data.risk(project.id, "a", "0.1", "1000", "90000", 1, 1);
        data.risk(project.id, "b", "0.3", "500", "2000", 1, 1);
        Map<String, Object> vars = Map.of("id", project.id.toString(), "trials", 5000, "seed", 7);

        JsonPath first = graphQL(SIMULATION, vars);
        JsonPath again = graphQL(SIMULATION, vars);
        JsonPath otherSeed = graphQL(SIMULATION, Map.of("id", project.id.toString(), "trials", 5000, "seed", 8));

        assertThat(first.get("errors"), nullValue());
        assertThat(again.prettify(), equalTo(first.prettify()));
        // The loss amounts are continuous: another seed's draws give another mean and another curve.
        String inherent = "data.project.lossSimulation.inherent";
        assertThat(otherSeed.getString(inherent + ".mean.amount"), not(equalTo(first.getString(inherent + ".mean.amount"))));
        assertThat(otherSeed.getList(inherent + ".exceedanceCurve"), not(equalTo(first.getList(inherent + ".exceedanceCurve"))));
    }

    @Test
    @TestSecurity(user = "sam", roles = "sponsor")
    void a_sponsor_simulates_the_portfolio_per_currency() {
        Project project = data.project("CHF", "sam:SPONSOR");
        data.risk(project.id, "only", "1", "250", "250", 1, 1);

        JsonPath result = graphQL("""
                { portfolio { currencies { currency lossSimulation(trials: 1000, seed: 3) { risks inherent { mean { amount currency } p99 { amount } } } } } }""");

        String chf = "data.portfolio.currencies.find { it.currency == 'CHF' }.lossSimulation";
        assertThat(result.getInt(chf + ".risks"), equalTo(1));
        // a certain loss of exactly 250 every year: mean and every percentile are 250
        assertThat(number(result, chf + ".inherent.mean.amount"), closeTo(250.0, 1e-9));
        assertThat(number(result, chf + ".inherent.p99.amount"), closeTo(250.0, 1e-9));
        assertThat(result.getString(chf + ".inherent.mean.currency"), equalTo("CHF"));
    }

    @Test
    void more_than_a_million_trials_are_refused_with_a_clear_error() {
        Project project = data.project("USD", "vic:VIEWER");

        JsonPath result = graphQL(SIMULATION, Map.of("id", project.id.toString(), "trials", 1_000_001, "seed", 1));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("BAD_ARGUMENT"));
        assertThat(result.getString("errors[0].message"), org.hamcrest.Matchers.containsString("1000000"));
    }

    @Test
    void one_request_may_not_simulate_more_than_its_budget_in_all() {
        Project project = data.project("USD", "vic:VIEWER");
        for (int i = 0; i < 150; i++) {
            data.risk(project.id, "risk " + i, "0.01", "100", "200", 1, 1);
        }

        // 150 risks x 1,000,000 trials is 150,000,000 risk-trials; a second such simulation would pass the 200,000,000 cap
        JsonPath result = graphQL("""
                query($id: ID!) { project(id: $id) { a: lossSimulation(trials: 1000000, seed: 1) { trials }
                                                     b: lossSimulation(trials: 1000000, seed: 2) { trials } } }""",
                Map.of("id", project.id.toString()));

        assertThat(result.getInt("data.project.a.trials"), equalTo(1_000_000));
        assertThat(result.get("data.project.b"), org.hamcrest.Matchers.nullValue());
        assertThat(result.getString("errors[0].extensions.code"), equalTo("SIMULATION_REFUSED"));
        assertThat(result.getList("errors[0].path"), org.hamcrest.Matchers.contains("project", "b"));
    }
}
