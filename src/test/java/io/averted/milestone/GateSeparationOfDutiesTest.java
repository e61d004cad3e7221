package io.averted.milestone;

import static io.averted.support.GraphQL.graphQLAs;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The story-1 rules when several people act: only the sponsor lets a blocking gate go, and a completion decides on
 * the gates as they are once results being recorded meanwhile are in. Real tokens, one per person.
 */
@QuarkusTest
class GateSeparationOfDutiesTest {

    static final String COMPLETE = MilestoneGraphQLTest.COMPLETE;

    @Inject
    TestData data;

    @Inject
    DataSource dataSource;

    @Test
    void a_removed_gate_no_longer_blocks_but_stays_on_record() {
        Project project = data.project("USD", "maria:MANAGER", "sam:SPONSOR");
        Milestone milestone = data.milestone(project.id, "Migration");
        QualityGate gate = data.gate(milestone, "Not applicable", true, GateStatus.PENDING);

        // a blocking gate that has not passed is the sponsor's to let go
        JsonPath removed = graphQLAs("sam", """
                mutation($input: QualityGateRemoveInput!) { qualityGateRemove(input: $input) { gate { removed removedBy removalReason } userErrors { code } } }""",
                Map.of("input", Map.of("id", gate.id.toString(), "version", 0, "reason", "No data moves in this release")));
        JsonPath completed = graphQLAs("maria", COMPLETE, Map.of("input", Map.of("id", milestone.id.toString(), "version", 0)));
        JsonPath all = graphQLAs("maria", "query($id: ID!) { project(id: $id) { milestones { nodes { gates(includeRemoved: true) { name removed } } } } }",
                Map.of("id", project.id.toString()));

        assertThat(removed.getBoolean("data.qualityGateRemove.gate.removed"), equalTo(true));
        assertThat(removed.getString("data.qualityGateRemove.gate.removedBy"), equalTo("sam"));
        assertThat(completed.getString("data.milestoneComplete.milestone.status"), equalTo("DONE"));
        assertThat(all.getList("data.project.milestones.nodes[0].gates.name"), contains("Not applicable"));
    }

    @Test
    void completion_waits_for_a_result_being_recorded_and_sees_it() throws Exception {
        Project project = data.project("USD", "maria:MANAGER");
        Milestone milestone = data.milestone(project.id, "Migration");
        QualityGate gate = data.gate(milestone, "Data reconciliation", true, GateStatus.PASSED);

        try (java.sql.Connection pipeline = dataSource.getConnection()) {
            // A result is being recorded (gate row locked, FAILED not yet committed) when the manager completes.
            pipeline.setAutoCommit(false);
            try (var lock = pipeline.createStatement()) {
                lock.execute("select set_config('averted.actor', 'pipeline', true)");
                lock.execute("update quality_gate set status = 'FAILED' where id = '" + gate.id + "'");
            }
            java.util.concurrent.CompletableFuture<JsonPath> completing = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> graphQLAs("maria", COMPLETE, Map.of("input", Map.of("id", milestone.id.toString(), "version", 0))));
            awaitWaitingOnALock();
            pipeline.commit();

            JsonPath completed = completing.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(completed.getString("data.milestoneComplete.userErrors[0].code"), equalTo("GATES_NOT_PASSED"));
            assertThat(data.count("milestone where status = 'DONE' and id = '" + milestone.id + "'"), equalTo(0L));
        }
    }

    /** Until some session of the test database waits for a row lock (the completion, behind the pipeline's update). */
    private void awaitWaitingOnALock() throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (data.count("pg_stat_activity where wait_event_type = 'Lock'") == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the completion never waited for the gate's lock");
            }
            Thread.sleep(20);
        }
    }

}
