package io.averted.economics;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.averted.prevention.Investment;
import io.averted.prevention.InvestmentStatus;
import io.averted.project.Project;
import io.averted.risk.Risk;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * A projects list that shows two economics figures computes those two, summed by PostgreSQL for all the projects at
 * once: no risk, investment or incident is loaded, and the statements do not grow with the number of projects.
 * Each test's user sees only the projects it makes, so the counts are its own.
 */
@QuarkusTest
class EconomicsSelectionTest {

    static final String HEADLINE = """
            { projects(first: 100) { nodes { key economics {
                preventionCost { annualized { amount } } incidentLoss { total { amount } }
                expectedLossInherent { amount } expectedLossResidual { amount } returnOnPrevention } } } }""";

    @Inject
    TestData data;

    @Inject
    SessionFactory sessionFactory;

    @Test
    @TestSecurity(user = "selena", roles = "viewer")
    void headline_figures_load_no_rows_and_take_the_same_statements_for_two_or_six_projects() {
        for (int i = 0; i < 2; i++) {
            projectWithEverything();
        }
        Statistics statistics = sessionFactory.getStatistics();
        long two = statementsFor(HEADLINE, 2, statistics);
        assertThat("rows loaded as entities besides the projects", loadedBesidesProjects(statistics), equalTo(0L));

        for (int i = 0; i < 4; i++) {
            projectWithEverything();
        }
        long six = statementsFor(HEADLINE, 6, statistics);
        assertThat("rows loaded as entities besides the projects", loadedBesidesProjects(statistics), equalTo(0L));
        assertThat(six, equalTo(two));
    }

    @Test
    @TestSecurity(user = "selwyn", roles = "viewer")
    void the_database_sums_equal_the_figures_computed_from_each_row() {
        Project project = data.project("EUR", "selwyn:VIEWER");
        Risk mitigated = data.risk(project.id, "Snapshot restored over live data", "0.35", "20000", "900000", 3, 5);
        Risk plain = data.risk(project.id, "Migration locks the payment table", "0.1", "5000", "70000", 2, 4);
        Risk closed = data.risk(project.id, "Closed risk", "0.9", "1000", "9000", 5, 2);
        data.closeRisk(closed.id);
        Investment tool = data.investment(project.id, "Comparison tool", InvestmentStatus.APPROVED, "1000.01", "2000");
        Investment training = data.investment(project.id, "Restore drill", InvestmentStatus.ACTIVE, "0", "333.33");
        Investment refused = data.investment(project.id, "Refused staging copy", InvestmentStatus.REJECTED, "5000", "1");
        data.mitigation(tool, mitigated, "0.4", "0.25");
        data.mitigation(training, mitigated, "0.123456", "0.5");
        data.mitigation(refused, plain, "0.9", "0.9");
        data.loss(data.incident(project.id, "Restore overwrote orders"), "REVENUE", "12345.67", null, null);

        JsonPath result = graphQL("""
                query($id: ID!) { project(id: $id) { economics {
                  preventionCost { annualized { amount } } incidentLoss { total { amount } }
                  expectedLossInherent { amount } expectedLossResidual { amount } expectedLossAvoided { amount } returnOnPrevention } } }""",
                Map.of("id", project.id.toString()));

        BigDecimal inherent = mitigated.expectedLoss.add(plain.expectedLoss);
        BigDecimal residual = mitigated.probability.multiply(new BigDecimal("0.6")).multiply(new BigDecimal("0.876544"))
                .multiply(mitigated.lossMean).multiply(new BigDecimal("0.75")).multiply(new BigDecimal("0.5"))
                .add(plain.probability.multiply(plain.lossMean));
        BigDecimal annualized = new BigDecimal("2333.33").add(new BigDecimal("1000.01").divide(BigDecimal.valueOf(3), MathContext.DECIMAL128));
        String economics = "data.project.economics.";
        assertThat(result.getString(economics + "expectedLossInherent.amount"), equalTo(cents(inherent)));
        assertThat(result.getString(economics + "expectedLossResidual.amount"), equalTo(cents(residual)));
        assertThat(result.getString(economics + "expectedLossAvoided.amount"), equalTo(cents(inherent.subtract(residual))));
        assertThat(result.getString(economics + "preventionCost.annualized.amount"), equalTo(cents(annualized)));
        assertThat(result.getString(economics + "incidentLoss.total.amount"), equalTo("12345.67"));
        assertThat(new BigDecimal(result.getString(economics + "returnOnPrevention")), comparesEqualTo(
                inherent.subtract(residual).subtract(annualized).divide(annualized, 4, RoundingMode.HALF_EVEN)));
    }

    private void projectWithEverything() {
        Project project = data.project("USD", "selena:VIEWER");
        Risk risk = data.risk(project.id, "Test data reaches production", "0.3", "10000", "250000", 3, 4);
        data.risk(project.id, "Vendor export truncates", "0.05", "1000", "8000", 1, 2);
        Investment investment = data.investment(project.id, "Data comparison tool", InvestmentStatus.APPROVED, "600", "2000");
        data.mitigation(investment, risk, "0.5", "0.2");
        data.loss(data.incident(project.id, "Test data in production"), "LABOR", "1500.00", "20", "75");
    }

    private long statementsFor(String query, int projects, Statistics statistics) {
        statistics.clear();
        JsonPath result = graphQL(query);
        assertThat(result.getList("errors"), org.hamcrest.Matchers.nullValue());
        List<Object> nodes = result.getList("data.projects.nodes");
        assertThat(nodes, hasSize(projects));
        return statistics.getPrepareStatementCount();
    }

    private static long loadedBesidesProjects(Statistics statistics) {
        long loaded = 0;
        for (String entity : statistics.getEntityNames()) {
            if (!entity.endsWith(".Project") && !entity.endsWith(".ProjectMember")) {
                loaded += statistics.getEntityStatistics(entity).getLoadCount();
            }
        }
        return loaded;
    }

    private static String cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
