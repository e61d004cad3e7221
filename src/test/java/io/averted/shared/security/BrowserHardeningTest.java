package io.averted.shared.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** What a browser-facing API must refuse or send, whatever the UI does. */
@QuarkusTest
@TestSecurity(user = "maria", roles = "manager")
class BrowserHardeningTest {

    static final String QUERY = "{\"query\": \"{ viewer { username } }\"}";

    @Test
    void a_post_that_is_not_json_is_refused_with_415() {
        given().contentType(ContentType.TEXT).body(QUERY).when().post("/graphql").then().statusCode(415);
        given().contentType(ContentType.URLENC).formParam("query", "{ viewer { username } }").when().post("/graphql").then().statusCode(415);
    }

    @Test
    void a_cross_site_request_with_the_session_is_refused() {
        given().contentType(ContentType.JSON).header("Origin", "https://evil.example").body(QUERY)
                .when().post("/graphql").then().statusCode(403).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        given().contentType(ContentType.JSON).header("Sec-Fetch-Site", "cross-site").body(QUERY)
                .when().post("/graphql").then().statusCode(403);
    }

    @Test
    void a_same_site_request_is_answered() {
        given().contentType(ContentType.JSON).header("Origin", "http://localhost:" + io.restassured.RestAssured.port).header("Sec-Fetch-Site", "same-origin").body(QUERY)
                .when().post("/graphql").then().statusCode(200).body("data.viewer.username", equalTo("maria"));
    }

    @Test
    void every_response_carries_the_security_headers() {
        for (String path : new String[] { "/graphql/schema.graphql", "/q/health/live" }) {
            given().when().get(path).then()
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "same-origin");
        }
    }

    @Test
    void random_paths_do_not_grow_new_metric_series() {
        String random = UUID.randomUUID().toString();
        given().redirects().follow(false).when().get("/graphql/" + random);
        given().redirects().follow(false).when().get("/projects/" + random);
        given().contentType(ContentType.JSON).body(QUERY).when().post("/graphql").then().statusCode(200);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics, not(containsString(random)));
        assertThat(metrics, containsString("uri=\"/graphql\""));
    }
}
