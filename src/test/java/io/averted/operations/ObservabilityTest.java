package io.averted.operations;

import static io.averted.support.GraphQL.graphQL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.averted.support.TestData;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** Metrics per GraphQL operation and error code, the slow-request line, and trace ids in logs when tracing is on. */
@QuarkusTest
@TestProfile(ObservabilityTest.Tracing.class)
class ObservabilityTest {

    /** Tracing on, spans kept in memory instead of sent to a collector, and every request "slow". */
    public static class Tracing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.otel.sdk.disabled", "false",
                    "quarkus.otel.exporter.otlp.enabled", "false",
                    "quarkus.otel.bsp.schedule.delay", "50ms",
                    "averted.graphql.slow-request-threshold", "0ms");
        }
    }

    @Singleton
    static class Spans {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    final List<ExtLogRecord> slowLines = new ArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            ExtLogRecord line = (ExtLogRecord) record;
            line.copyAll(); // the MDC (trace id) of the logging thread, read later on the test's thread
            synchronized (slowLines) {
                slowLines.add(line);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureSlowRequestLines() {
        Logger.getLogger("io.averted.graphql.slow").addHandler(capture);
        spans.reset();
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("io.averted.graphql.slow").removeHandler(capture);
    }

    @Test
    @TestSecurity(user = "alice", roles = "admin")
    void a_named_operation_is_timed_under_its_name() {
        graphQL("query ObservabilityViewer { viewer { username } }");

        assertThat(metrics(), matchesPattern(Pattern.compile(
                "(?s).*averted_graphql_requests_seconds_count\\{operation=\"ObservabilityViewer\",outcome=\"success\",type=\"query\"} [1-9].*")));
    }

    @Test
    @TestSecurity(user = "alice", roles = "admin")
    void an_unnamed_operation_is_anonymous() {
        graphQL("{ viewer { username } }");

        assertThat(metrics(), containsString("averted_graphql_requests_seconds_count{operation=\"anonymous\",outcome=\"success\",type=\"query\"}"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "admin")
    void top_level_errors_are_counted_by_code() {
        double before = counter("averted_graphql_errors_total{code=\"BAD_ARGUMENT\",kind=\"top-level\"}");

        JsonPath result = graphQL("query BadCursor { projects(after: \"garbage\") { totalCount } }");

        assertThat(result.getString("errors[0].extensions.code"), equalTo("BAD_ARGUMENT"));
        assertEquals(before + 1, counter("averted_graphql_errors_total{code=\"BAD_ARGUMENT\",kind=\"top-level\"}"));
        assertThat(metrics(), containsString("averted_graphql_requests_seconds_count{operation=\"BadCursor\",outcome=\"error\",type=\"query\"}"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void user_errors_of_a_mutation_are_counted_by_code() {
        double before = counter("averted_graphql_errors_total{code=\"REQUIRED\",kind=\"user\"}");
        Map<String, Object> input = new HashMap<>(Map.of("key", TestData.uniqueKey(), "name", "   ", "currency", "USD"));

        JsonPath result = graphQL("""
                mutation CreateBlank($input: ProjectCreateInput!) { projectCreate(input: $input) { userErrors { code field } } }""",
                Map.of("input", input));

        assertThat(result.getList("data.projectCreate.userErrors.code"), hasItem("REQUIRED"));
        assertEquals(before + 1, counter("averted_graphql_errors_total{code=\"REQUIRED\",kind=\"user\"}"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "admin")
    void a_slow_request_is_one_line_with_operation_user_and_duration_and_the_trace_id() throws InterruptedException {
        graphQL("query SlowProbe { viewer { username } projects(first: 1) { totalCount } }");

        ExtLogRecord line = awaitSlowLine("SlowProbe");
        String message = line.getFormattedMessage();
        assertThat(message, containsString("operation=SlowProbe"));
        assertThat(message, containsString("type=query"));
        assertThat(message, containsString("user=alice"));
        assertThat(message, matchesPattern(Pattern.compile(".*duration=\\d+ms.*")));
        assertFalse(message.contains("\n"), "one line");

        String traceId = String.valueOf(line.getMdc("traceId"));
        assertThat(traceId, matchesPattern("[0-9a-f]{32}"));
        List<SpanData> trace = awaitSpans(traceId);
        assertTrue(trace.stream().anyMatch(s -> s.getName().contains("POST /graphql")), "the HTTP request's span: " + names(trace));
        assertTrue(trace.stream().anyMatch(s -> "postgresql".equals(s.getAttributes().get(AttributeKey.stringKey("db.system")))),
                "an SQL statement's span in the same trace: " + names(trace));
    }

    @Test
    @TestSecurity(user = "alice", roles = "admin")
    void a_slow_request_the_sql_read_path_answers_is_logged_with_its_user_too() throws InterruptedException {
        graphQL("query SlowSqlProbe { projects(first: 1) { totalCount } }");

        String message = awaitSlowLine("SlowSqlProbe").getFormattedMessage();
        assertThat(message, containsString("operation=SlowSqlProbe"));
        assertThat(message, containsString("user=alice"));
    }

    @Test
    void operation_names_are_bounded_in_length_charset_and_number() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Pattern name = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");
        assertEquals(GraphQLObserver.INVALID, GraphQLObserver.bounded("drop-table", name, seen, 3));
        assertEquals(GraphQLObserver.INVALID, GraphQLObserver.bounded("A".repeat(65), name, seen, 3));
        assertEquals("One", GraphQLObserver.bounded("One", name, seen, 3));
        assertEquals("Two", GraphQLObserver.bounded("Two", name, seen, 3));
        assertEquals("Three", GraphQLObserver.bounded("Three", name, seen, 3));
        assertEquals(GraphQLObserver.OTHER, GraphQLObserver.bounded("Four", name, seen, 3));
        assertEquals("One", GraphQLObserver.bounded("One", name, seen, 3), "names seen before keep their series");
    }

    @Test
    void the_connection_pool_and_simulations_are_in_the_metrics() {
        String metrics = metrics();
        assertThat(metrics, containsString("agroal_active_count"));
        assertThat(metrics, containsString("agroal_awaiting_count"));
        assertThat(metrics, containsString("averted_simulation_queue{state=\"waiting\"}"));
        assertThat(metrics, containsString("averted_simulation_queue{state=\"running\"}"));
    }

    static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** A counter's value in /q/metrics, 0 when it has no series yet. */
    static double counter(String series) {
        for (String line : metrics().split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim().split("\\s+")[0]); // then an exemplar
            }
        }
        return 0;
    }

    ExtLogRecord awaitSlowLine(String operation) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            synchronized (slowLines) {
                for (ExtLogRecord record : slowLines) {
                    if (record.getFormattedMessage().contains("operation=" + operation + " ")) {
                        return record;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no slow-request line for " + operation);
    }

    List<SpanData> awaitSpans(String traceId) throws InterruptedException {
        List<SpanData> trace = List.of();
        for (int i = 0; i < 100; i++) {
            trace = spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
            if (trace.stream().anyMatch(s -> s.getName().contains("POST"))) {
                return trace;
            }
            Thread.sleep(50);
        }
        return trace;
    }

    static List<String> names(List<SpanData> spans) {
        return spans.stream().map(SpanData::getName).toList();
    }
}
