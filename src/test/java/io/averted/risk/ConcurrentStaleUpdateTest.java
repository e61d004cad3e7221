package io.averted.risk;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.support.GraphQL;
import io.averted.support.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * 32 clients change the same risk from the same version at the same moment: exactly one change is written and
 * recorded, every other client is told CONFLICT, and nothing is silently overwritten.
 */
@QuarkusTest
class ConcurrentStaleUpdateTest {

    static final int CLIENTS = 32;

    @Inject
    TestData data;

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void one_of_thirty_two_concurrent_updates_from_one_version_wins_and_the_rest_get_conflict() throws Exception {
        Project project = data.project("USD", "maria:MANAGER");
        Risk risk = data.risk(project.id, "Snapshot restored over live data", "0.2", "1000", "9000", 3, 3);
        long historyBefore = data.historyCount(risk.id);
        String token = GraphQL.tokenFor("maria");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<JsonPath>> answers = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String title = "Snapshot restored over live data, as client " + c + " saw it";
                answers.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return send(client, token, risk.id.toString(), title);
                }, pool));
            }
            start.countDown();
            int won = 0;
            int conflicts = 0;
            String winner = null;
            for (CompletableFuture<JsonPath> answer : answers) {
                JsonPath json = answer.get();
                assertThat(json.prettify(), json.get("errors"), equalTo(null));
                List<String> codes = json.getList("data.riskUpdate.userErrors.code");
                if (codes.isEmpty()) {
                    won++;
                    winner = json.getString("data.riskUpdate.risk.title");
                } else if (codes.equals(List.of("CONFLICT"))) {
                    conflicts++;
                }
            }
            assertThat(won, equalTo(1));
            assertThat(conflicts, equalTo(CLIENTS - 1));
            assertThat(data.historyCount(risk.id), equalTo(historyBefore + 1));
            JsonPath now = GraphQL.graphQLWithToken(token, "query($id: ID!) { risk(id: $id) { title version } }",
                    java.util.Map.of("id", risk.id.toString()));
            assertThat(now.getString("data.risk.title"), equalTo(winner));
            assertThat(now.getInt("data.risk.version"), equalTo(1));
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonPath send(HttpClient client, String token, String id, String title) {
        String body = "{\"query\":\"mutation($input: RiskUpdateInput!) { riskUpdate(input: $input) { risk { title } "
                + "userErrors { field code } } }\",\"variables\":{\"input\":{\"id\":\"" + id + "\",\"version\":0,\"title\":\""
                + title + "\"}}}";
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(graphql.toString()))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.body(), response.statusCode(), equalTo(200));
            return new JsonPath(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
