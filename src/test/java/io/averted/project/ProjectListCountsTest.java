package io.averted.project;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.averted.milestone.GateStatus;
import io.averted.prevention.InvestmentStatus;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** A projects list that shows only how many risks, investments, incidents and milestones each has loads none of them. */
@QuarkusTest
@TestSecurity(user = "colin", roles = "viewer")
class ProjectListCountsTest {

    @Inject
    TestData data;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void counts_come_from_the_database_without_loading_a_row() {
        for (int i = 0; i < 3; i++) {
            Project project = data.project("USD", "colin:VIEWER");
            for (int r = 0; r < 3; r++) {
                data.risk(project.id, "Risk " + r, "0.1", "100", "900", 2, 2);
            }
            data.investment(project.id, "Tool", InvestmentStatus.APPROVED, "10", "20");
            data.investment(project.id, "Proposal", InvestmentStatus.PROPOSED, "10", "20");
            data.incident(project.id, "Outage");
            data.gate(data.milestone(project.id, "Cut-over"), "Reconciled", true, GateStatus.PENDING);
        }
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        JsonPath result = graphQL("""
                { projects(first: 100) { totalCount nodes { key risks { totalCount } investments { totalCount }
                  approved: investments(status: [APPROVED]) { totalCount } incidents { totalCount } milestones { totalCount } } } }""");

        assertThat(result.get("errors"), nullValue());
        assertThat(result.getInt("data.projects.totalCount"), equalTo(3));
        for (int i = 0; i < 3; i++) {
            String node = "data.projects.nodes[" + i + "].";
            assertThat(result.getInt(node + "risks.totalCount"), equalTo(3));
            assertThat(result.getInt(node + "investments.totalCount"), equalTo(2));
            assertThat(result.getInt(node + "approved.totalCount"), equalTo(1));
            assertThat(result.getInt(node + "incidents.totalCount"), equalTo(1));
            assertThat(result.getInt(node + "milestones.totalCount"), equalTo(1));
        }
        long loaded = 0;
        for (String entity : statistics.getEntityNames()) {
            if (!entity.endsWith(".Project") && !entity.endsWith(".ProjectMember")) {
                loaded += statistics.getEntityStatistics(entity).getLoadCount();
            }
        }
        assertThat("rows loaded besides projects and members", loaded, equalTo(0L));
    }
}
