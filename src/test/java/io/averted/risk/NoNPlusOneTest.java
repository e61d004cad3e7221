package io.averted.risk;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** The number of SQL statements a request runs must not grow with the number of rows it returns. */
@QuarkusTest
@TestSecurity(user = "maria", roles = "manager")
class NoNPlusOneTest {

    /** Member of only the projects its test makes, so the list grows from one project to six whatever else ran before. */
    static final String LIST_USER = "n-plus-one-risks";

    static final String REGISTER_WITH_EVERYTHING = """
            query($id: ID!, $first: Int) {
              project(id: $id) {
                members { username }
                risks(first: $first) {
                  totalCount
                  nodes {
                    title expectedLoss { amount }
                    owner { username displayName role }
                    project { key manager { username } members { username } }
                    history { actor operation changes { field before after } }
                  }
                }
              }
            }""";

    @Inject
    TestData data;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void a_page_of_a_hundred_risks_runs_as_many_statements_as_a_page_of_ten() {
        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR", "sam:SPONSOR");
        for (int i = 0; i < 100; i++) {
            data.risk(project.id, "risk " + i, "0.1", "100", "200", 1, 1);
        }
        Statistics statistics = sessionFactory.getStatistics();

        long ten = statementsFor(project, 10, statistics);
        long hundred = statementsFor(project, 100, statistics);

        System.out.printf("N+1 check: %d SQL statements for 10 risks, %d for 100 risks%n", ten, hundred);
        assertThat(hundred, equalTo(ten));
    }

    @Test
    @TestSecurity(user = LIST_USER, roles = "manager")
    void a_list_of_projects_with_their_registers_runs_a_fixed_number_of_statements() {
        Statistics statistics = sessionFactory.getStatistics();
        Project one = data.project("USD", LIST_USER + ":MANAGER");
        data.risk(one.id, "only", "0.1", "100", "200", 1, 1);
        String query = """
                { projects(first: 100) { nodes { key members { username } risks(first: 5) { totalCount nodes { title owner { username } history { actor } } } } } }""";
        statistics.clear();
        JsonPath oneProject = graphQL(query);
        long before = statistics.getPrepareStatementCount();
        for (int i = 0; i < 5; i++) {
            Project more = data.project("USD", LIST_USER + ":MANAGER");
            data.risk(more.id, "more", "0.1", "100", "200", 1, 1);
        }
        statistics.clear();
        JsonPath result = graphQL(query);
        long after = statistics.getPrepareStatementCount();

        assertThat(result.get("errors"), nullValue());
        assertThat(oneProject.getList("data.projects.nodes"), hasSize(1));
        assertThat(result.getList("data.projects.nodes"), hasSize(6));
        assertThat(after, equalTo(before));
    }

    private long statementsFor(Project project, int first, Statistics statistics) {
        statistics.clear();
        JsonPath result = graphQL(REGISTER_WITH_EVERYTHING, Map.of("id", project.id.toString(), "first", first));
        assertThat(result.get("errors"), nullValue());
        assertThat(result.getList("data.project.risks.nodes"), hasSize(first));
        assertThat(result.getList("data.project.risks.nodes[0].history"), hasSize(1));
        return statistics.getPrepareStatementCount();
    }
}
