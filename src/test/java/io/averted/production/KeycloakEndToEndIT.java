package io.averted.production;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import io.restassured.http.ContentType;
import io.averted.support.Chromium;
import io.restassured.path.json.JsonPath;

/** The -Dprod jar with a real Keycloak: its login page, its tokens, its service accounts, its audiences. */
class KeycloakEndToEndIT {

    static ProductionStack stack;
    static Chromium chromium;
    static Browser browser;

    @BeforeAll
    static void start() {
        stack = ProductionStack.get();
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void a_manager_signs_in_on_keycloaks_login_page_and_sees_her_project() {
        String name = "Sign-in project " + System.nanoTime();
        Api.createProject(stack.application, stack.keycloak.tokenFor("maria"), name);

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(stack.application.url() + "/");
            // Not the app's page: Keycloak's own login form, served by the realm.
            assertThat(page).hasURL(Pattern.compile(".*/realms/averted/protocol/openid-connect/auth.*"));
            page.locator("#username").fill("maria");
            page.locator("#password").fill(Keycloak.PASSWORD);
            page.locator("#kc-login").click();

            assertThat(page).hasURL(Pattern.compile("^" + stack.application.url() + "/.*"));
            assertThat(page.getByText(name)).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(stack.work.resolve("keycloak-sign-in.png")));
        }
    }

    @Test
    void a_wrong_password_stays_on_keycloaks_page() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(stack.application.url() + "/");
            page.locator("#username").fill("maria");
            page.locator("#password").fill("not-her-password");
            page.locator("#kc-login").click();

            assertThat(page.getByText("Invalid username or password.")).isVisible();
            assertThat(page).hasURL(Pattern.compile(".*/realms/averted/.*"));
        }
    }

    @Test
    void keycloak_tokens_carry_the_realm_roles_into_the_api() {
        JsonPath result = Api.graphQL(stack.application, stack.keycloak.tokenFor("sam"), "{ viewer { username roles admin } }", Map.of());

        assertThat(result.getString("data.viewer.username"), equalTo("sam"));
        assertThat(result.getList("data.viewer.roles"), contains("sponsor"));
        assertThat(result.getBoolean("data.viewer.admin"), equalTo(false));
    }

    @Test
    void the_pipelines_service_account_records_gate_evidence() {
        String maria = stack.keycloak.tokenFor("maria");
        String projectId = Api.createProject(stack.application, maria, "Pipeline project " + System.nanoTime());
        JsonPath member = Api.graphQL(stack.application, maria, """
                mutation($input: ProjectMemberSetInput!) { projectMemberSet(input: $input) { userErrors { code message } } }""",
                Map.of("input", Map.of("projectId", projectId, "username", "service-account-averted-pipeline", "role", "CONTRIBUTOR")));
        assertThat(member.getList("data.projectMemberSet.userErrors"), empty());
        String milestoneId = Api.graphQL(stack.application, maria, """
                mutation($input: MilestoneCreateInput!) { milestoneCreate(input: $input) { milestone { id } } }""",
                Map.of("input", Map.of("projectId", projectId, "name", "Migration", "kind", "DATA_MIGRATION", "dueDate", "2030-01-31",
                        "withTemplateGates", false))).getString("data.milestoneCreate.milestone.id");
        String gateId = Api.graphQL(stack.application, maria, """
                mutation($input: QualityGateCreateInput!) { qualityGateCreate(input: $input) { gate { id } } }""",
                Map.of("input", Map.of("milestoneId", milestoneId, "name", "Data reconciliation", "kind", "DATA_RECONCILIATION")))
                .getString("data.qualityGateCreate.gate.id");

        String pipeline = stack.keycloak.serviceToken("averted-pipeline", Keycloak.PIPELINE_SECRET);
        JsonPath result = Api.graphQL(stack.application, pipeline, """
                mutation($input: QualityGateRecordResultInput!) {
                  qualityGateRecordResult(input: $input) { gate { status } result { recordedBy } userErrors { code message } }
                }""", Map.of("input", Map.of("gateId", gateId, "outcome", "PASSED", "link", "https://ci.example.com/runs/7",
                "measurements", List.of(Map.of("name", "mismatched rows", "value", 0, "unit", "rows")))));

        assertThat(result.getList("data.qualityGateRecordResult.userErrors"), empty());
        assertThat(result.getString("data.qualityGateRecordResult.gate.status"), equalTo("PASSED"));
        assertThat(result.getString("data.qualityGateRecordResult.result.recordedBy"), equalTo("service-account-averted-pipeline"));
    }

    @Test
    void a_token_the_realm_issued_to_another_client_is_refused() {
        String other = stack.keycloak.serviceToken("reporting-tool", Keycloak.OTHER_CLIENT_SECRET);
        String pipeline = stack.keycloak.serviceToken("averted-pipeline", Keycloak.PIPELINE_SECRET);
        // Same realm, same signing keys, both with an Averted role: only the audience differs.
        assertThat(audiences(other), not(hasItem("averted")));
        assertThat(audiences(pipeline), hasItem("averted"));

        given().baseUri(stack.application.url()).auth().oauth2(other).contentType(ContentType.JSON)
                .body(Map.of("query", "{ viewer { username } }"))
                .when().post("/graphql")
                .then().statusCode(401);
        JsonPath accepted = Api.graphQL(stack.application, pipeline, "{ viewer { username roles } }", Map.of());
        assertThat(accepted.getString("data.viewer.username"), equalTo("service-account-averted-pipeline"));
        assertThat(accepted.getList("data.viewer.roles"), hasItem("contributor"));
    }

    /** The token's {@code aud} claim: one string or a list. */
    @SuppressWarnings("unchecked")
    private static List<String> audiences(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Object aud = JsonPath.from(payload).get("aud");
        if (aud == null) {
            return List.of();
        }
        return aud instanceof String single ? List.of(single) : (List<String>) aud;
    }
}
