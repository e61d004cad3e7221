package io.averted.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The one way tests call the API: a query in a text block, variables as a map, the JSON answer back. */
public final class GraphQL {

    private GraphQL() {
    }

    public static JsonPath graphQL(String query) {
        return graphQL(query, Map.of());
    }

    public static JsonPath graphQL(String query, Map<String, Object> variables) {
        return post(given(), query, variables);
    }

    /** Same, with a bearer token instead of the test's {@code @TestSecurity} identity. */
    public static JsonPath graphQLWithToken(String token, String query, Map<String, Object> variables) {
        return post(given().auth().oauth2(token), query, variables);
    }

    /**
     * Same, signed in for real as a demo user of the OIDC dev service (password grant), for tests in which several
     * people act one after the other.
     */
    public static JsonPath graphQLAs(String username, String query, Map<String, Object> variables) {
        return graphQLWithToken(tokenFor(username), query, variables);
    }

    /** An access token the OIDC dev service issues for a demo user. */
    public static String tokenFor(String username) {
        String authServerUrl = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "averted")
                .formParam("username", username)
                .when().post(authServerUrl + "/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private static JsonPath post(RequestSpecification request, String query, Map<String, Object> variables) {
        return request.contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200)
                .extract().jsonPath();
    }
}
