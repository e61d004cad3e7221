package io.averted.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URL;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.averted.support.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Drives Debian's Chromium through the real sign-in (the OIDC dev service's login page), the built UI
 * served by Quinoa, and the GraphQL API on the demo data.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class RegisterBrowserTest {

    static Chromium chromium;
    static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void a_manager_signs_in_and_reads_a_project_register_rendered_from_the_api() {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(root.toString());

            // The OIDC provider's sign-in page: pick the demo manager.
            page.locator("button[name='predefined-maria']").click();

            assertThat(page.getByText("maria")).isVisible();
            Locator projects = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("My projects"));
            assertThat(projects).containsText("MBR");
            projects.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Member portal relaunch")).click();
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Project"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Risk register")).click();

            Locator register = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Risk register"));
            assertThat(register).containsText("Migration loads data from the wrong source environment");
            assertThat(register).containsText("Cole Contributor");
            // probability 0.15 x lognormal mean of the 20,000-150,000 range, formatted in the project's currency
            assertThat(register).containsText("$9,910.89");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/register.png")).setFullPage(true));
        }
    }

    @Test
    void a_signed_in_browser_is_served_ui_modules_under_an_api_folder_as_dev_mode_serves_them() {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(root.toString());
            page.locator("button[name='predefined-maria']").click();
            assertThat(page.getByText("maria")).isVisible();

            // In dev mode Vite serves src/features/*/api/*.ts at these paths; they once went to the bearer-only
            // tenant and were answered 401 despite the session, which left a blank page.
            var response = context.request().get(root + "src/features/risks/api/get-risk-register.ts",
                    com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0));

            org.junit.jupiter.api.Assertions.assertNotEquals(401, response.status(), "the session is accepted");
            org.junit.jupiter.api.Assertions.assertTrue(response.status() < 300 || response.status() == 404,
                    "answered, not sent to sign in again: " + response.status());
        }
    }

    @Test
    void a_sponsor_sees_the_declined_prevention_line_on_the_dashboard() {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(root.toString());
            page.locator("button[name='predefined-sam']").click();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard")).click();

            // one section per currency: the USD one carries the member portal's refused tool
            Locator declined = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Declined prevention"))
                    .filter(new Locator.FilterOptions().setHasText("Data comparison tool"));
            assertThat(declined).hasCount(1);
            // the refused $2,000 a year beside the $52,400.00 the migration incident cost
            assertThat(declined).containsText("$2,000.00");
            assertThat(declined).containsText("$52,400.00");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/dashboard.png")).setFullPage(true));
        }
    }
}
