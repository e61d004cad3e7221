package io.averted.security;

import static io.averted.support.GraphQL.graphQLWithToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Signs in for real: tokens issued by the OIDC dev service and verified against its keys, no test identity. */
@QuarkusTest
class RealTokenTest {

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    private String tokenFor(String username) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "averted")
                .formParam("username", username)
                .when().post(authServerUrl + "/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    @Test
    void a_real_token_signs_the_user_in_with_the_roles_the_provider_granted() {
        JsonPath result = graphQLWithToken(tokenFor("maria"), "{ viewer { username roles admin } }", Map.of());

        assertThat(result.get("errors"), nullValue());
        assertThat(result.getString("data.viewer.username"), equalTo("maria"));
        assertThat(result.getList("data.viewer.roles"), contains("manager"));
        assertThat(result.getBoolean("data.viewer.admin"), equalTo(false));
    }

    @Test
    void a_real_manager_token_creates_a_project_recorded_under_its_name() {
        String key = io.averted.support.TestData.uniqueKey();
        JsonPath result = graphQLWithToken(tokenFor("maria"), """
                mutation($input: ProjectCreateInput!) { projectCreate(input: $input) { project { history { actor } manager { displayName } } userErrors { code } } }""",
                Map.of("input", Map.of("key", key, "name", "Token project", "currency", "USD")));

        assertThat(result.getString("data.projectCreate.project.history[0].actor"), equalTo("maria"));
        assertThat(result.getString("data.projectCreate.project.manager.displayName"), equalTo("Maria"));
    }

    @Test
    void an_api_request_without_a_token_is_refused_with_401() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ viewer { username } }"))
                .when().post("/graphql")
                .then().statusCode(401);
    }

    @Test
    void a_forged_token_is_refused_with_401() {
        String token = tokenFor("vic");
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("\"viewer\"", "\"admin\"");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];

        given().auth().oauth2(forged).contentType(ContentType.JSON).body(Map.of("query", "{ viewer { username } }"))
                .when().post("/graphql")
                .then().statusCode(401);
    }

    @Test
    void a_browser_without_a_session_is_sent_to_the_sign_in_page() {
        given().redirects().follow(false)
                .when().get("/")
                .then().statusCode(302)
                .header("Location", startsWith(authServerUrl + "/authorize"))
                .header("Location", containsString("client_id=averted"));
    }

    @Test
    void a_ui_module_under_an_api_folder_is_served_through_the_browser_sign_in_not_refused_as_an_api_call() {
        // dev mode serves src/features/*/api/*.ts to the browser; only /graphql belongs to the bearer-only tenant
        given().redirects().follow(false)
                .when().get("/src/features/risks/api/get-risk-register.ts")
                .then().statusCode(302)
                .header("Location", startsWith(authServerUrl + "/authorize"));
    }
}
