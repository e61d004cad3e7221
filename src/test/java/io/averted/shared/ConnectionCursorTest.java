package io.averted.shared;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** Every connection refuses a cursor it did not issue the same way: BAD_ARGUMENT, even when only totalCount is read. */
@QuarkusTest
@TestSecurity(user = "maria", roles = "manager")
class ConnectionCursorTest {

    @Inject
    TestData data;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "projects(first: 5, after: $after) { totalCount } | garbage",
            "projects(first: 5, after: $after) { totalCount } | dueDate\\n2026-01-01\\n00000000-0000-0000-0000-000000000000",
            "project(id: $id) { risks(after: $after) { totalCount } } | garbage",
            "project(id: $id) { risks(after: $after) { totalCount } } | EXPECTED_LOSS:DESC\\nnot-a-number\\n00000000-0000-0000-0000-000000000000",
            "project(id: $id) { investments(after: $after) { totalCount } } | garbage",
            "project(id: $id) { investments(after: $after) { totalCount } } | created\\nnot-an-instant\\n00000000-0000-0000-0000-000000000000",
            "project(id: $id) { incidents(after: $after) { totalCount } } | garbage",
            "project(id: $id) { incidents(after: $after) { totalCount } } | occurredAt\\nnot-a-time\\n00000000-0000-0000-0000-000000000000",
            "project(id: $id) { milestones(after: $after) { totalCount } } | garbage",
            "project(id: $id) { milestones(after: $after) { totalCount } } | created\\n2026-01-01\\n00000000-0000-0000-0000-000000000000",
            // keys that read back but that PostgreSQL cannot compare: refused too, not a database error
            "project(id: $id) { risks(after: $after, orderBy: {field: UPDATED, direction: ASC}) { nodes { id } } } | UPDATED:ASC\\n+999999999-12-31T00:00:00Z\\n00000000-0000-0000-0000-000000000000",
            "project(id: $id) { risks(after: $after) { nodes { id } } } | EXPECTED_LOSS:DESC\\n1E+999999\\n00000000-0000-0000-0000-000000000000",
            "project(id: $id) { investments(after: $after) { nodes { id } } } | created\\n+999999999-12-31T00:00:00Z\\n00000000-0000-0000-0000-000000000000",
            "project(id: $id) { incidents(after: $after) { nodes { id } } } | occurredAt\\n+999999999-12-31T00:00:00Z\\n00000000-0000-0000-0000-000000000000",
            "project(id: $id) { milestones(after: $after) { nodes { id } } } | dueDate\\n+999999999-12-31\\n00000000-0000-0000-0000-000000000000" })
    void a_cursor_the_connection_did_not_issue_is_a_bad_argument(String field, String raw) {
        Project project = data.project("USD", "maria:MANAGER");
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));

        Map<String, Object> variables = new HashMap<>(Map.of("after", cursor));
        String declared = "$after: String";
        if (field.contains("$id")) {
            variables.put("id", project.id.toString());
            declared += ", $id: ID!";
        }

        JsonPath result = graphQL("query(" + declared + ") { " + field + " }", variables);

        assertThat(result.getString("errors[0].extensions.code"), equalTo("BAD_ARGUMENT"));
    }
}
