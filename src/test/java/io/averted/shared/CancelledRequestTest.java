package io.averted.shared;

import static io.averted.support.GraphQL.tokenFor;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A client that hangs up in the middle of a long request costs at most one log line (it once cost one stack trace per
 * remaining alias: 41,000 lines a minute). Counts what the console would print: records that pass the console filter.
 */
@QuarkusTest
class CancelledRequestTest {

    @Inject
    TestData data;

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void a_request_whose_client_hangs_up_logs_one_line_at_most() throws Exception {
        Project project = data.project("USD", "vic:VIEWER");
        for (int i = 0; i < 50; i++) {
            data.risk(project.id, "risk " + i, "0.05", "1000", "90000", 1, 1);
        }
        StringBuilder aliases = new StringBuilder();
        for (int a = 0; a < 30; a++) {
            aliases.append(" a").append(a).append(": lossSimulation(trials: 100000, seed: ").append(a).append(") { trials }");
        }
        String body = "{\"query\": \"{ project(id: \\\"" + project.id + "\\\") {" + aliases + " } }\"}";
        List<String> printed = new CopyOnWriteArrayList<>();
        ExpectedRefusalLogFilter console = new ExpectedRefusalLogFilter();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.INFO.intValue() && console.isLoggable(record)
                        && record.getLoggerName() != null
                        && (record.getLoggerName().startsWith("io.smallrye.graphql") || record.getLoggerName().startsWith("io.averted")
                                || record.getLoggerName().startsWith("io.vertx") || record.getLoggerName().startsWith("io.quarkus.vertx"))) {
                    printed.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            String token = tokenFor("vic");
            try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /graphql HTTP/1.1\r\nHost: " + graphql.getHost() + ":" + graphql.getPort()
                        + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
                Thread.sleep(300); // the first simulations are running; hang up
            }
            // Let the server work through what is left of the request.
            Thread.sleep(8_000);
        } finally {
            root.removeHandler(handler);
        }
        assertThat(String.join("\n", printed), printed.size(), lessThanOrEqualTo(1));
    }
}
