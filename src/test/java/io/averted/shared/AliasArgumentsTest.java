package io.averted.shared;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.averted.milestone.GateStatus;
import io.averted.milestone.Milestone;
import io.averted.prevention.InvestmentStatus;
import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * Every field that takes arguments answers each alias with its own arguments, even where SmallRye batches the
 * aliases' loads into one call (it used to pass the first alias's arguments to all of them).
 */
@QuarkusTest
@TestSecurity(user = "maria", roles = "manager")
class AliasArgumentsTest {

    @Inject
    TestData data;

    private Project project() {
        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");
        for (int i = 0; i < 3; i++) {
            data.risk(project.id, "Risk " + i, "0.1", "100", "200", 1 + i, 1);
            data.milestone(project.id, "Milestone " + i);
            data.incident(project.id, "Incident " + i);
        }
        data.investment(project.id, "Proposed", InvestmentStatus.PROPOSED, "0", "100");
        data.investment(project.id, "Approved", InvestmentStatus.APPROVED, "0", "100");
        return project;
    }

    private JsonPath query(String fields, Project project) {
        return graphQL("query($id: ID!) { project(id: $id) { " + fields + " } }", Map.of("id", project.id.toString()));
    }

    @Test
    void risks() {
        JsonPath result = query("""
                a: risks(first: 1) { nodes { id } } b: risks(first: 5) { nodes { id } }
                c: risks(filter: { text: "Risk 2" }) { nodes { title } }""", project());

        assertThat(result.getList("data.project.a.nodes"), hasSize(1));
        assertThat(result.getList("data.project.b.nodes"), hasSize(3));
        assertThat(result.getList("data.project.c.nodes.title"), contains("Risk 2"));
    }

    @Test
    void risks_of_two_projects_asked_with_different_arguments() {
        Project one = project();
        Project two = project();

        JsonPath result = graphQL("""
                query($one: ID!, $two: ID!) {
                  one: project(id: $one) { risks(first: 1) { nodes { id } } }
                  two: project(id: $two) { risks(first: 3) { nodes { id } } } }""",
                Map.of("one", one.id.toString(), "two", two.id.toString()));

        assertThat(result.getList("data.one.risks.nodes"), hasSize(1));
        assertThat(result.getList("data.two.risks.nodes"), hasSize(3));
    }

    @Test
    void risks_in_a_list_of_projects() {
        Project project = project();

        JsonPath result = graphQL("""
                { projects(first: 100) { nodes { id a: risks(first: 1) { nodes { id } } b: risks(first: 5, filter: { text: "Risk" }) { nodes { id } } } } }""");

        String node = "data.projects.nodes.find { it.id == '" + project.id + "' }";
        assertThat(result.getList(node + ".a.nodes"), hasSize(1));
        assertThat(result.getList(node + ".b.nodes"), hasSize(3));
    }

    @Test
    void milestones() {
        JsonPath result = query("a: milestones(first: 1) { nodes { id } } b: milestones(first: 5) { nodes { id } }", project());

        assertThat(result.getList("data.project.a.nodes"), hasSize(1));
        assertThat(result.getList("data.project.b.nodes"), hasSize(3));
    }

    @Test
    void investments() {
        JsonPath result = query("""
                a: investments(status: [PROPOSED]) { nodes { name } } b: investments(status: [APPROVED]) { nodes { name } }
                c: investments(first: 1) { nodes { name } }""", project());

        assertThat(result.getList("data.project.a.nodes.name"), contains("Proposed"));
        assertThat(result.getList("data.project.b.nodes.name"), contains("Approved"));
        assertThat(result.getList("data.project.c.nodes"), hasSize(1));
    }

    @Test
    void incidents() {
        JsonPath result = query("a: incidents(first: 1) { nodes { id } } b: incidents(first: 5) { nodes { id } }", project());

        assertThat(result.getList("data.project.a.nodes"), hasSize(1));
        assertThat(result.getList("data.project.b.nodes"), hasSize(3));
    }

    @Test
    void action_items() {
        Project project = project();
        UUID incident = data.incident(project.id, "With items");
        data.actionItem(project.id, incident, "Cole's", "cole");
        data.actionItem(project.id, incident, "Maria's", "maria");

        JsonPath result = query("a: actionItems(owner: \"cole\") { title } b: actionItems(owner: \"maria\") { title }", project);

        assertThat(result.getList("data.project.a.title"), contains("Cole's"));
        assertThat(result.getList("data.project.b.title"), contains("Maria's"));
    }

    @Test
    void gates() {
        Project project = data.project("USD", "maria:MANAGER");
        Milestone milestone = data.milestone(project.id, "Migration");
        data.gate(milestone, "Kept", true, GateStatus.PENDING);
        data.removedGate(milestone, "Removed");

        JsonPath result = query("""
                milestones { nodes { a: gates { name } b: gates(includeRemoved: true) { name } } }""", project);

        assertThat(result.getList("data.project.milestones.nodes[0].a.name"), contains("Kept"));
        assertThat(result.getList("data.project.milestones.nodes[0].b.name"), contains("Kept", "Removed"));
    }

    @Test
    void loss_simulations() {
        JsonPath result = query("""
                a: lossSimulation(trials: 1000, seed: 0) { trials seed } b: lossSimulation(trials: 10, seed: 5) { trials seed }""",
                project());

        assertThat(result.getInt("data.project.a.trials"), equalTo(1000));
        assertThat(result.getInt("data.project.a.seed"), equalTo(0));
        assertThat(result.getInt("data.project.b.trials"), equalTo(10));
        assertThat(result.getInt("data.project.b.seed"), equalTo(5));
    }

    @Test
    void portfolio_loss_simulations() {
        project();

        JsonPath result = graphQL("""
                { portfolio { currencies { a: lossSimulation(trials: 100, seed: 0) { trials seed } b: lossSimulation(trials: 10, seed: 5) { trials seed } } } }""");

        assertThat(result.getInt("data.portfolio.currencies[0].a.trials"), equalTo(100));
        assertThat(result.getInt("data.portfolio.currencies[0].b.trials"), equalTo(10));
        assertThat(result.getInt("data.portfolio.currencies[0].b.seed"), equalTo(5));
    }
}
