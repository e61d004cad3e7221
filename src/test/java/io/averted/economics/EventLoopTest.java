package io.averted.economics;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * Blocking work (SQL, simulations) runs on worker threads, never on a Vert.x event loop: the tests run with Vert.x's
 * blocked-thread checker at 500 ms ({@code %test.quarkus.vertx.max-event-loop-execute-time}), and ten simulations (seconds
 * each on one core) must not make it report a blocked event loop.
 */
@QuarkusTest
@TestSecurity(user = "vic", roles = "viewer")
class EventLoopTest {

    @Inject
    TestData data;

    @Test
    void heavy_simulations_never_block_an_event_loop() {
        Project project = data.project("USD", "vic:VIEWER");
        for (int i = 0; i < 200; i++) {
            data.risk(project.id, "risk " + i, "0.05", "1000", "90000", 1, 1);
        }
        List<String> blocked = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = String.valueOf(record.getMessage()) + " " + (record.getParameters() == null ? "" : List.of(record.getParameters()));
                if (message.contains("eventloop")) {
                    blocked.add(message);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger checker = Logger.getLogger("io.vertx.core.impl.BlockedThreadChecker");
        checker.addHandler(handler);
        try {
            for (int seed = 0; seed < 10; seed++) {
                JsonPath result = graphQL("query($id: ID!, $seed: BigInteger) { project(id: $id) { lossSimulation(trials: 1000000, seed: $seed) { trials } } }",
                        Map.of("id", project.id.toString(), "seed", seed));
                assertThat(result.getInt("data.project.lossSimulation.trials"), equalTo(1_000_000));
            }
        } finally {
            checker.removeHandler(handler);
        }
        assertThat(blocked, empty());
    }
}
