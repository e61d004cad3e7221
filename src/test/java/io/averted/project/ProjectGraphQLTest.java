package io.averted.project;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ProjectGraphQLTest {

    @Inject
    TestData data;

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_manager_creates_a_project_and_becomes_its_manager() {
        String key = TestData.uniqueKey();
        JsonPath result = graphQL("""
                mutation($input: ProjectCreateInput!) {
                  projectCreate(input: $input) {
                    project { id key currency status manager { username role } myRole history { actor operation } }
                    userErrors { code field message }
                  }
                }""", Map.of("input", Map.of("key", key, "name", "Member portal", "currency", "USD")));

        assertThat(result.get("errors"), nullValue());
        assertThat(result.getList("data.projectCreate.userErrors"), empty());
        assertThat(result.getString("data.projectCreate.project.key"), equalTo(key));
        assertThat(result.getString("data.projectCreate.project.status"), equalTo("PLANNED"));
        assertThat(result.getString("data.projectCreate.project.manager.username"), equalTo("maria"));
        assertThat(result.getString("data.projectCreate.project.myRole"), equalTo("MANAGER"));
        assertThat(result.getString("data.projectCreate.project.history[0].actor"), equalTo("maria"));
    }
}
