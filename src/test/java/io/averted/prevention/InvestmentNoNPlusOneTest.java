package io.averted.prevention;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.risk.Risk;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * The number of SQL statements a request for investments runs must not grow with the number it returns.
 * Each batch field appears at one depth of the query only: SmallRye may or may not merge the batches of one
 * field queried at two depths into one dispatch, which changes the count by timing, not by size.
 */
@QuarkusTest
@TestSecurity(user = "maria", roles = "manager")
class InvestmentNoNPlusOneTest {

    /** Member of only the projects its test makes, so the list grows from one project to six whatever else ran before. */
    static final String LIST_USER = "n-plus-one-investments";

    static final String INVESTMENTS_WITH_EVERYTHING = """
            query($id: ID!, $first: Int) {
              project(id: $id) {
                investments(first: $first) {
                  totalCount
                  nodes {
                    name status oneTimeCost { amount } annualizedCost { amount }
                    expectedLossAvoided { amount } returnOnInvestment
                    project { key }
                    history { actor changes { field after } }
                    mitigations {
                      probabilityReduction lossReduction history { actor }
                      risk {
                        title expectedLoss { amount } residualExpectedLoss { amount } owner { username }
                        mitigations { investment { name status } }
                      }
                    }
                  }
                }
              }
            }""";

    static final InvestmentStatus[] STATUSES = InvestmentStatus.values();

    @Inject
    TestData data;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void a_page_of_sixty_investments_runs_as_many_statements_as_a_page_of_ten() {
        Project project = data.project("USD", "maria:MANAGER", "sam:SPONSOR");
        List<Risk> risks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            risks.add(data.risk(project.id, "risk " + i, "0.1", "100", "200", 1, 1));
        }
        for (int i = 0; i < 60; i++) {
            Investment investment = data.investment(project.id, "investment " + i, STATUSES[i % STATUSES.length], "300", "100");
            data.mitigation(investment, risks.get(i % 10), "0.2", "0.1");
            data.mitigation(investment, risks.get((i + 1) % 10), "0.1", "0.3");
        }
        Statistics statistics = sessionFactory.getStatistics();

        long ten = statementsFor(project, 10, statistics);
        long sixty = statementsFor(project, 60, statistics);

        System.out.printf("N+1 check: %d SQL statements for 10 investments, %d for 60 investments%n", ten, sixty);
        assertThat(sixty, equalTo(ten));
    }

    @Test
    @TestSecurity(user = LIST_USER, roles = "manager")
    void a_list_of_projects_with_their_investments_runs_a_fixed_number_of_statements() {
        Statistics statistics = sessionFactory.getStatistics();
        projectWithOneMitigatingInvestment();
        String query = """
                { projects(first: 100) { nodes { key investments(first: 5) { totalCount nodes {
                    expectedLossAvoided { amount } returnOnInvestment
                    mitigations { risk { residualExpectedLoss { amount } } } } } } } }""";
        statistics.clear();
        JsonPath oneProject = graphQL(query);
        long before = statistics.getPrepareStatementCount();
        for (int i = 0; i < 5; i++) {
            projectWithOneMitigatingInvestment();
        }
        statistics.clear();
        JsonPath result = graphQL(query);
        long after = statistics.getPrepareStatementCount();

        assertThat(result.get("errors"), nullValue());
        assertThat(oneProject.getList("data.projects.nodes"), hasSize(1));
        assertThat(result.getList("data.projects.nodes"), hasSize(6));
        assertThat(after, equalTo(before));
    }

    private void projectWithOneMitigatingInvestment() {
        Project project = data.project("USD", LIST_USER + ":MANAGER");
        Risk risk = data.risk(project.id, "only", "0.1", "100", "200", 1, 1);
        data.mitigation(data.investment(project.id, "only", InvestmentStatus.APPROVED, "0", "100"), risk, "0.5", "0.5");
    }

    private long statementsFor(Project project, int first, Statistics statistics) {
        statistics.clear();
        JsonPath result = graphQL(INVESTMENTS_WITH_EVERYTHING, Map.of("id", project.id.toString(), "first", first));
        assertThat(result.get("errors"), nullValue());
        assertThat(result.getList("data.project.investments.nodes"), hasSize(first));
        assertThat(result.getList("data.project.investments.nodes[0].mitigations"), hasSize(2));
        assertThat(result.getList("data.project.investments.nodes[0].mitigations[0].risk.mitigations"), hasSize(12));
        return statistics.getPrepareStatementCount();
    }
}
