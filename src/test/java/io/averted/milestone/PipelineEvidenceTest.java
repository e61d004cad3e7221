package io.averted.milestone;

import static io.averted.support.GraphQL.graphQLWithToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.averted.project.Project;
import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A CI/CD job posts its reconciliation counts with a service account: a real client-credentials token. */
@QuarkusTest
class PipelineEvidenceTest {

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    @ConfigProperty(name = "quarkus.oidc.credentials.secret")
    String clientSecret;

    @Inject
    TestData data;

    @Test
    void a_service_account_records_a_gate_result_with_its_measurements() {
        Project project = data.project("USD", "maria:MANAGER", clientId + ":CONTRIBUTOR");
        QualityGate gate = data.gate(data.milestone(project.id, "Migration"), "Data reconciliation", true, GateStatus.PENDING);
        String token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", clientSecret)
                .when().post(authServerUrl + "/token")
                .then().statusCode(200)
                .extract().path("access_token");

        JsonPath result = graphQLWithToken(token, """
                mutation($input: QualityGateRecordResultInput!) {
                  qualityGateRecordResult(input: $input) { gate { status decidedBy } result { recordedBy } userErrors { code field } }
                }""", Map.of("input", Map.of("gateId", gate.id.toString(), "outcome", "PASSED",
                "link", "https://ci.example.com/reconciliation/1900",
                "measurements", List.of(Map.of("name", "source rows", "value", 2500000, "unit", "rows"),
                        Map.of("name", "target rows", "value", 2500000, "unit", "rows"),
                        Map.of("name", "mismatched fields", "value", 0)))));

        assertThat(result.getList("data.qualityGateRecordResult.userErrors"), empty());
        assertThat(result.getString("data.qualityGateRecordResult.gate.status"), equalTo("PASSED"));
        assertThat(result.getString("data.qualityGateRecordResult.result.recordedBy"), equalTo(clientId));
        assertThat(data.count("gate_measurement m join gate_result r on r.id = m.result_id where r.gate_id = '" + gate.id + "'"),
                equalTo(3L));
    }
}
