package io.averted.production;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** GraphQL over HTTP against one running instance, with a Keycloak bearer token. */
final class Api {

    private Api() {
    }

    static JsonPath graphQL(Application application, String token, String query, Map<String, Object> variables) {
        return send(application, token, query, variables).then().statusCode(200).extract().jsonPath();
    }

    static Response send(Application application, String token, String query, Map<String, Object> variables) {
        return given().baseUri(application.url()).auth().oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql");
    }

    static String createProject(Application application, String managerToken, String name) {
        String key = "IT" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        JsonPath result = graphQL(application, managerToken, """
                mutation($input: ProjectCreateInput!) { projectCreate(input: $input) { project { id } userErrors { code message } } }""",
                Map.of("input", Map.of("key", key.substring(0, Math.min(10, key.length())), "name", name, "currency", "USD")));
        String id = result.getString("data.projectCreate.project.id");
        if (id == null) {
            throw new AssertionError("projectCreate failed: " + result.prettify());
        }
        return id;
    }

    /** A valid riskCreate input: a mitigated availability risk of $1,000-$20,000. */
    static Map<String, Object> risk(String projectId, String title) {
        return Map.of("projectId", projectId, "title", title, "category", "AVAILABILITY", "likelihood", 3, "impact", 4,
                "probability", "0.3", "lossLow", "1000", "lossHigh", "20000", "response", "MITIGATE");
    }
}
