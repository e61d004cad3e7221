package io.averted.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.averted.prevention.Investment;
import io.averted.prevention.InvestmentStatus;
import io.averted.risk.Risk;
import io.averted.support.GraphQL;
import io.averted.support.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Many clients asking for the projects list with nested counts and economics at once, more than the connection pool
 * (20) holds: every request must finish, none may wait for a connection another request holds while it waits itself.
 * {@code members} is not on the SQL read path, so graphql-java resolves this list, field by field, where the stall was.
 */
@QuarkusTest
class ConnectionPoolStallTest {

    static final int CLIENTS = 64;

    static final String LIST = "{ projects(first: 100) { nodes { key risks { totalCount } investments { totalCount } "
            + "incidents { totalCount } milestones { totalCount } members { username } "
            + "economics { preventionCost { annualized { amount } } incidentLoss { total { amount } } } } } }";

    @Inject
    TestData data;

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void sixty_four_concurrent_projects_lists_all_answer_with_the_default_pool() throws Exception {
        for (int i = 0; i < 30; i++) {
            Project project = data.project("USD", "maria:MANAGER", "sam:SPONSOR");
            Risk risk = data.risk(project.id, "Pool risk " + i, "0.2", "1000", "9000", 3, 3);
            Investment investment = data.investment(project.id, "Pool tool " + i, InvestmentStatus.APPROVED, "100", "1000");
            data.mitigation(investment, risk, "0.5", "0.5");
        }
        String token = GraphQL.tokenFor("maria");
        String body = "{\"query\":\"" + LIST.replace("\"", "\\\"") + "\"}";
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int c = 0; c < CLIENTS; c++) {
                    responses.add(CompletableFuture.supplyAsync(() -> send(client, token, body), pool));
                }
            }
            int ok = 0;
            for (CompletableFuture<HttpResponse<String>> response : responses) {
                HttpResponse<String> r = response.get();
                assertEquals(200, r.statusCode(), r.body());
                JsonPath json = new JsonPath(r.body());
                assertNull(json.get("errors"), r.body());
                assertTrue(json.getList("data.projects.nodes").size() >= 30, r.body());
                ok++;
            }
            assertEquals(3 * CLIENTS, ok);
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> send(HttpClient client, String token, String body) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(graphql.toString()))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
