package io.averted.production;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * PostgreSQL is stopped for 10 s under write load and started again. The application recovers by itself, every write
 * it acknowledged is in the database with its history, and writes during the outage get a typed, retryable error
 * quickly instead of hanging.
 */
class DatabaseRestartIT {

    static final int WRITERS = 16;
    /** Readers of the register and its figures, which load lazily outside the GraphQL classes. */
    static final int READERS = 4;
    static final Duration OUTAGE = Duration.ofSeconds(10);
    /** Longer than the pool's 5 s wait for a connection: a request that hangs would exceed it. */
    static final Duration SLOWEST_ACCEPTABLE = Duration.ofSeconds(8);

    /** A write the application acknowledged: when it was sent and when its answer came. */
    record Acknowledged(UUID id, String title, int version, boolean updated, long sent, long at) {
    }

    @Test
    void acknowledged_writes_survive_a_database_restart_and_the_outage_is_answered_as_retryable() throws Exception {
        ProductionStack stack = ProductionStack.get();
        Application app = stack.application;
        String token = stack.keycloak.tokenFor("maria");
        String projectId = Api.createProject(app, token, "Restart project " + System.nanoTime());

        Queue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger refusedAsUnavailable = new AtomicInteger();
        AtomicLong slowestMillis = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean outageOver = new AtomicBoolean(false);
        AtomicInteger acknowledgedAfterRecovery = new AtomicInteger();

        ExecutorService clients = Executors.newFixedThreadPool(WRITERS + READERS);
        List<Future<?>> done = new ArrayList<>();
        AtomicInteger reads = new AtomicInteger();
        for (int r = 0; r < READERS; r++) {
            done.add(clients.submit(() -> {
                while (running.get()) {
                    Response read = timed(slowestMillis, () -> Api.send(app, token, """
                            query($id: ID!) { project(id: $id) { risks(first: 5) { totalCount nodes { id title } }
                              economics { preventionCost { annualized { amount } } incidentLoss { total { amount } } } } }""",
                            Map.of("id", projectId)));
                    if (outcome(read, "project", "risks.totalCount", unexpected, refusedAsUnavailable) != null) {
                        reads.incrementAndGet();
                    }
                    pause();
                }
                return null;
            }));
        }
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            done.add(clients.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    String title = "w" + writer + "-" + i;
                    long createSent = System.nanoTime();
                    Response created = timed(slowestMillis, () -> Api.send(app, token, """
                            mutation($input: RiskCreateInput!) { riskCreate(input: $input) { risk { id version } userErrors { code message } } }""",
                            Map.of("input", Api.risk(projectId, title))));
                    String id = outcome(created, "riskCreate", "risk.id", unexpected, refusedAsUnavailable);
                    if (id == null) {
                        pause();
                        continue;
                    }
                    int version = created.jsonPath().getInt("data.riskCreate.risk.version");
                    acknowledged.add(new Acknowledged(UUID.fromString(id), title, version, false, createSent, System.nanoTime()));
                    if (outageOver.get()) {
                        acknowledgedAfterRecovery.incrementAndGet();
                    }
                    long updateSent = System.nanoTime();
                    Response updated = timed(slowestMillis, () -> Api.send(app, token, """
                            mutation($input: RiskUpdateInput!) { riskUpdate(input: $input) { risk { version } userErrors { code message } } }""",
                            Map.of("input", Map.of("id", id, "version", version, "title", title + " updated"))));
                    String newVersion = outcome(updated, "riskUpdate", "risk.version", unexpected, refusedAsUnavailable);
                    if (newVersion != null) {
                        acknowledged.add(new Acknowledged(UUID.fromString(id), title + " updated", Integer.parseInt(newVersion), true, updateSent,
                                System.nanoTime()));
                    } else {
                        pause();
                    }
                }
                return null;
            }));
        }

        // Every writer has had a write acknowledged before the database goes away.
        Processes.await("writes acknowledged before the stop", Duration.ofSeconds(60), () -> acknowledged.size() >= WRITERS);
        long stopping = System.nanoTime();
        stack.database.stop();
        long stopped = System.nanoTime();
        Duration toDown = Processes.await("readiness DOWN", Duration.ofSeconds(15), () -> app.readiness() == 503);
        // From here the application itself has seen the database gone: nothing sent now may be acknowledged. (The
        // embedded server's close can return while PostgreSQL still commits, so its return does not mark the outage.)
        long down = System.nanoTime();
        Thread.sleep(Math.max(0, OUTAGE.toMillis() - Duration.ofNanos(System.nanoTime() - stopped).toMillis()));
        long starting = System.nanoTime();
        stack.database.start();
        Duration toUp = Processes.await("readiness UP", Duration.ofSeconds(60), () -> app.readiness() == 200);
        outageOver.set(true);
        Processes.await("writes acknowledged again", Duration.ofSeconds(30), () -> acknowledgedAfterRecovery.get() >= WRITERS);
        running.set(false);
        for (Future<?> writer : done) {
            writer.get();
        }
        clients.shutdown();

        long whileDown = acknowledged.stream().filter(write -> write.at() > stopped && write.at() < starting).count();
        System.out.printf("[database restart] %d readers answered %d times%n", READERS, reads.get());
        System.out.printf("[database restart] %d writers; acknowledged %d writes (%d before the stop, %d while PostgreSQL shut down "
                + "(%d ms), %d answered while it was down (%d s; all sent before the stop), %d after it started); %d answered UNAVAILABLE; readiness DOWN %.1f s after "
                + "the stop, UP %.1f s after the start; slowest answer %d ms%n",
                WRITERS, acknowledged.size(), acknowledged.stream().filter(write -> write.at() < stopping).count(),
                acknowledged.stream().filter(write -> write.at() >= stopping && write.at() <= stopped).count(),
                (stopped - stopping) / 1_000_000, whileDown, Duration.ofNanos(starting - stopped).toSeconds(),
                acknowledged.stream().filter(write -> write.at() >= starting).count(), refusedAsUnavailable.get(),
                toDown.toMillis() / 1000.0, toUp.toMillis() / 1000.0, slowestMillis.get());

        assertThat("writes sent while PostgreSQL was down yet acknowledged",
                acknowledged.stream().filter(write -> write.sent() > down && write.sent() < starting).toList(), empty());
        assertThat("answers other than success or UNAVAILABLE", List.copyOf(unexpected), empty());
        assertThat(refusedAsUnavailable.get(), greaterThan(0));
        assertThat(slowestMillis.get(), lessThan(SLOWEST_ACCEPTABLE.toMillis()));
        try (Connection db = stack.database.connect(Database.NAME)) {
            List<String> lost = new ArrayList<>();
            for (Acknowledged write : acknowledged) {
                lost.addAll(check(db, write));
            }
            assertThat("acknowledged writes missing from the database or their history", lost, empty());
        }
        assertThat("the application was not restarted", app.readiness(), equalTo(200));
    }

    /** The field's value on success; null after an UNAVAILABLE error; anything else is recorded as unexpected. */
    private static String outcome(Response response, String mutation, String field, Queue<String> unexpected, AtomicInteger unavailable) {
        if (response.statusCode() != 200) {
            unexpected.add(mutation + ": HTTP " + response.statusCode() + " " + response.asString());
            return null;
        }
        JsonPath json = response.jsonPath();
        List<Map<String, Object>> errors = json.getList("errors");
        if (errors != null && !errors.isEmpty()) {
            List<Object> codes = json.getList("errors.extensions.code");
            if (codes.stream().allMatch("UNAVAILABLE"::equals)) {
                unavailable.incrementAndGet();
            } else {
                unexpected.add(mutation + ": " + errors);
            }
            return null;
        }
        List<Object> userErrors = json.getList("data." + mutation + ".userErrors");
        if (userErrors != null && !userErrors.isEmpty()) {
            unexpected.add(mutation + ": " + userErrors);
            return null;
        }
        return json.getString("data." + mutation + "." + field);
    }

    private static List<String> check(Connection db, Acknowledged write) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (PreparedStatement risk = db.prepareStatement("select title, version from risk where id = ?")) {
            risk.setObject(1, write.id());
            try (ResultSet row = risk.executeQuery()) {
                if (!row.next()) {
                    return List.of(write + ": no row");
                }
                if (row.getInt("version") < write.version()) {
                    missing.add(write + ": version " + row.getInt("version"));
                }
                if (write.updated() && !row.getString("title").equals(write.title())) {
                    missing.add(write + ": title " + row.getString("title"));
                }
            }
        }
        try (PreparedStatement history = db.prepareStatement(
                "select count(*) from history where entity = 'risk' and entity_id = ? and operation = ?")) {
            history.setObject(1, write.id());
            history.setString(2, write.updated() ? "UPDATED" : "CREATED");
            try (ResultSet count = history.executeQuery()) {
                count.next();
                if (count.getInt(1) < 1) {
                    missing.add(write + ": no history row");
                }
            }
        }
        return missing;
    }

    private static Response timed(AtomicLong slowestMillis, java.util.function.Supplier<Response> call) {
        long start = System.nanoTime();
        Response response = call.get();
        slowestMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
        return response;
    }

    /** A client backs off a little before retrying. */
    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
