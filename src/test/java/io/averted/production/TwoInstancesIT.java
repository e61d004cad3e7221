package io.averted.production;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import io.averted.support.Chromium;
import io.restassured.path.json.JsonPath;

/** Two instances on one database keep no state of their own: writes, sessions and simulations carry across. */
class TwoInstancesIT {

    static ProductionStack stack;
    static Application first;
    static Application second;
    static Chromium chromium;
    static Browser browser;

    @BeforeAll
    static void start() {
        stack = ProductionStack.get();
        first = stack.application;
        second = stack.second();
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
    void a_write_through_one_instance_is_read_through_the_other_at_once() {
        String token = stack.keycloak.tokenFor("maria");
        String projectId = Api.createProject(first, token, "Two instances " + System.nanoTime());
        JsonPath created = Api.graphQL(first, token, """
                mutation($input: RiskCreateInput!) { riskCreate(input: $input) { risk { id version } userErrors { code } } }""",
                Map.of("input", Api.risk(projectId, "Written on the first")));
        String riskId = created.getString("data.riskCreate.risk.id");

        JsonPath read = Api.graphQL(second, token, "query($id: ID!) { risk(id: $id) { title version } }", Map.of("id", riskId));
        assertThat(read.getString("data.risk.title"), equalTo("Written on the first"));

        JsonPath updated = Api.graphQL(second, token, """
                mutation($input: RiskUpdateInput!) { riskUpdate(input: $input) { risk { version } userErrors { code } } }""",
                Map.of("input", Map.of("id", riskId, "version", created.getInt("data.riskCreate.risk.version"), "title", "Changed on the second")));
        assertThat(updated.getList("data.riskUpdate.userErrors"), empty());
        // The first instance's stale version is refused, not applied over the second's change.
        JsonPath stale = Api.graphQL(first, token, """
                mutation($input: RiskUpdateInput!) { riskUpdate(input: $input) { userErrors { code } } }""",
                Map.of("input", Map.of("id", riskId, "version", created.getInt("data.riskCreate.risk.version"), "title", "Stale")));
        assertThat(stale.getString("data.riskUpdate.userErrors[0].code"), equalTo("CONFLICT"));
        assertThat(Api.graphQL(first, token, "query($id: ID!) { risk(id: $id) { title } }", Map.of("id", riskId))
                .getString("data.risk.title"), equalTo("Changed on the second"));
    }

    @Test
    void a_browser_session_started_on_one_instance_is_accepted_by_the_other() {
        String name = "Session project " + System.nanoTime();
        Api.createProject(first, stack.keycloak.tokenFor("maria"), name);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(first.url() + "/");
            page.locator("#username").fill("maria");
            page.locator("#password").fill(Keycloak.PASSWORD);
            page.locator("#kc-login").click();
            assertThat(page.getByText(name)).isVisible();

            // Same host, another instance: the encrypted session cookie is read there without a new sign-in.
            page.navigate(second.url() + "/");
            assertThat(page).hasURL(second.url() + "/");
            assertThat(page.getByText(name)).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(stack.work.resolve("second-instance-session.png")));
        }
    }

    @Test
    void both_instances_give_the_same_simulation_for_the_same_seed() {
        String token = stack.keycloak.tokenFor("maria");
        String projectId = Api.createProject(first, token, "Simulation project " + System.nanoTime());
        for (int i = 0; i < 3; i++) {
            Api.graphQL(first, token, """
                    mutation($input: RiskCreateInput!) { riskCreate(input: $input) { userErrors { code } } }""",
                    Map.of("input", Api.risk(projectId, "Risk " + i)));
        }
        String query = """
                query($id: ID!) { project(id: $id) { lossSimulation(trials: 20000, seed: 7) { residual { mean { amount } p95 { amount } } } } }""";

        JsonPath onFirst = Api.graphQL(first, token, query, Map.of("id", projectId));
        JsonPath onSecond = Api.graphQL(second, token, query, Map.of("id", projectId));

        assertThat(onFirst.get("data.project.lossSimulation.residual"), notNullValue());
        assertThat(onSecond.getMap("data.project.lossSimulation.residual"), equalTo(onFirst.getMap("data.project.lossSimulation.residual")));
    }

}
