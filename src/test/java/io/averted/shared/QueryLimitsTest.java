package io.averted.shared;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** Query bombs are refused before they reach the database. */
@QuarkusTest
@TestSecurity(user = "alice", roles = "admin")
class QueryLimitsTest {

    @Inject
    SessionFactory sessionFactory;

    @Test
    void a_deeply_nested_query_is_refused_before_any_sql_runs() {
        String nested = "{ projects { nodes { risks { nodes { project { risks { nodes { project { risks { nodes { project { risks { nodes { id } } } } } } } } } } } } } }";
        sessionFactory.getStatistics().clear();

        JsonPath result = graphQL(nested);

        assertThat(result.get("errors"), notNullValue());
        assertThat(result.getString("errors[0].message"), containsString("depth"));
        assertThat(result.get("data"), nullValue());
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount(), equalTo(0L));
    }

    @Test
    void an_aliased_query_bomb_is_refused_before_any_sql_runs() {
        String aliases = IntStream.range(0, 100)
                .mapToObj(i -> "p" + i + ": projects(first: 100) { nodes { id key name risks(first: 100) { nodes { id } } } }")
                .collect(Collectors.joining(" "));
        sessionFactory.getStatistics().clear();

        JsonPath result = graphQL("{ " + aliases + " }");

        assertThat(result.getString("errors[0].message"), containsString("complexity"));
        assertThat(result.get("data"), nullValue());
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount(), equalTo(0L));
    }
}
