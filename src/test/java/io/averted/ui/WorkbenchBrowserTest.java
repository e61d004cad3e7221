package io.averted.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;

import io.averted.support.Chromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The project manager's workbench in Chromium, each step as the role that takes it: real sign-in, the built UI,
 * the real API and PostgreSQL with the demo data. Every test makes its own uniquely named data, so the order
 * does not matter.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class WorkbenchBrowserTest {

    static final double Z95 = 1.6448536269514722;

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
    void a_manager_creates_a_risk_and_edits_its_probability_inline_and_the_expected_loss_follows() {
        String title = unique("Vendor export truncates member addresses");
        try (BrowserContext context = browser.newContext(desktop())) {
            Page page = signIn(context, "maria");
            String mbr = projectId(page, "MBR");

            page.navigate(root + "projects/" + mbr + "/risks");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New risk")).click();
            Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("New risk"));
            form.getByLabel("Title").fill(title);
            form.getByLabel("Description").fill("The vendor's export cuts addresses at 40 characters.");
            form.getByLabel("Category").selectOption("DATA_INTEGRITY");
            form.getByLabel("Owner").selectOption("cole");
            form.getByLabel("Likelihood (1–5)").selectOption("2");
            form.getByLabel("Impact (1–5)").selectOption("4");
            form.getByLabel("Probability (0–1)").fill("0.1");
            form.getByLabel("Loss low (5th percentile)").fill("1000");
            form.getByLabel("Loss high (95th percentile)").fill("5000");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create risk")).click();

            // the new risk's page, focused on its heading
            Locator heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setLevel(1));
            assertThat(heading).isVisible();
            assertThat(heading).isFocused();
            assertThat(page.locator("main")).containsText(money(expectedLoss("0.1", 1000, 5000)));

            page.navigate(root + "projects/" + mbr + "/risks?q=" + title.replace(" ", "+"));
            Locator row = registerRow(page, title);
            assertThat(row.getByTestId("expected-loss")).containsText(money(expectedLoss("0.1", 1000, 5000)));
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit " + title)).click();
            Locator editor = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Edit " + title));
            editor.getByLabel("Probability (0–1)").fill("0.3");
            editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();

            assertThat(editor).isHidden();
            assertThat(row.getByTestId("expected-loss")).containsText(money(expectedLoss("0.3", 1000, 5000)));
            assertThat(row).containsText("30%");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/workbench-register.png")).setFullPage(true));
        }
    }

    @Test
    void a_concurrent_edit_shows_a_conflict_and_loses_nothing() {
        String title = unique("Cut-over window overlaps the payroll run");
        try (BrowserContext first = browser.newContext(desktop()); BrowserContext second = browser.newContext(desktop())) {
            Page mine = signIn(first, "maria");
            String mbr = projectId(mine, "MBR");
            createRisk(mine, mbr, title, "0.2");
            String register = root + "projects/" + mbr + "/risks?q=" + title.replace(" ", "+");

            mine.navigate(register);
            registerRow(mine, title).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit " + title)).click();
            Locator myEditor = mine.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Edit " + title));
            myEditor.getByLabel("Probability (0–1)").fill("0.25");
            myEditor.getByLabel("Next review").fill("2027-03-01");

            // meanwhile, in another browser, someone saves the same risk
            Page theirs = signIn(second, "maria");
            theirs.navigate(register);
            Locator theirRow = registerRow(theirs, title);
            theirRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit " + title)).click();
            Locator theirEditor = theirs.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Edit " + title));
            theirEditor.getByLabel("Probability (0–1)").fill("0.4");
            theirEditor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
            assertThat(theirRow).containsText("40%");

            myEditor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();

            Locator conflict = mine.getByRole(AriaRole.ALERT, new Page.GetByRoleOptions().setName("Edit conflict"));
            assertThat(conflict).containsText("Someone else changed this risk");
            Locator probability = conflict.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(Pattern.compile("Probability")));
            assertThat(probability).containsText("0.25");
            assertThat(probability).containsText("0.4");
            assertThat(probability).containsText("Changed by someone else");
            assertThat(conflict.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(Pattern.compile("Next review"))))
                    .containsText("Mar 1, 2027");
            // nothing typed is lost: the fields still hold the user's values
            assertThat(myEditor.getByLabel("Probability (0–1)")).hasValue("0.25");
            assertThat(myEditor.getByLabel("Next review")).hasValue("2027-03-01");
            mine.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/workbench-conflict.png")).setFullPage(true));

            conflict.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Re-apply my changes")).click();

            assertThat(myEditor).isHidden();
            Locator myRow = registerRow(mine, title);
            assertThat(myRow).containsText("25%");
            assertThat(myRow).containsText("Mar 1, 2027");
        }
    }

    @Test
    void a_manager_creates_a_data_migration_milestone_and_sees_its_template_gates() {
        String name = unique("Historical member import");
        try (BrowserContext context = browser.newContext(desktop())) {
            Page page = signIn(context, "maria");
            String mbr = projectId(page, "MBR");
            page.navigate(root + "projects/" + mbr);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New milestone")).click();
            Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("New milestone"));
            form.getByLabel("Name").fill(name);
            form.getByLabel("Kind").selectOption("DATA_MIGRATION");
            form.getByLabel("Due date").fill("2027-02-15");

            // the gates it will start with, before saving
            Locator templates = form.getByRole(AriaRole.LIST, new Locator.GetByRoleOptions().setName("Template gates"));
            assertThat(templates).containsText("Data reconciliation");
            assertThat(templates).containsText("Backup verified");
            assertThat(templates).containsText("Rollback rehearsed");
            assertThat(templates).containsText("Target confirmed as production");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/workbench-milestone-new.png")).setFullPage(true));
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create milestone")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1))).isVisible();
            for (String gate : List.of("Data reconciliation", "Backup verified", "Rollback rehearsed", "Target confirmed as production")) {
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(gate).setLevel(3))).isVisible();
            }
            // evidence is the contributors' to record, not the manager's who wants the milestone done
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Record a result")))).hasCount(0);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove gate Data reconciliation"))).isVisible();
        }
    }

    @Test
    void a_failed_reconciliation_recorded_by_a_contributor_refuses_the_managers_completion_naming_the_gate() {
        String name = unique("Member data cut-over");
        try (BrowserContext managerContext = browser.newContext(desktop());
                BrowserContext contributorContext = browser.newContext(desktop())) {
            Page manager = signIn(managerContext, "maria");
            String mbr = projectId(manager, "MBR");
            JsonPath created = graphQL(manager, """
                    mutation($input: MilestoneCreateInput!) { milestoneCreate(input: $input) { milestone { id } userErrors { message } } }""",
                    Map.of("input", Map.of("projectId", mbr, "name", name, "kind", "DATA_MIGRATION", "dueDate", "2027-01-31")));
            String milestone = created.getString("data.milestoneCreate.milestone.id");
            String milestonePage = root + "projects/" + mbr + "/milestones/" + milestone;

            Page contributor = signIn(contributorContext, "cole");
            contributor.navigate(milestonePage);
            // a contributor records evidence but does not plan: no completion, no gate removal
            assertThat(contributor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1))).isVisible();
            assertThat(contributor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete milestone"))).hasCount(0);
            contributor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record a result for Data reconciliation")).click();
            Locator form = contributor.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Record a result for Data reconciliation"));
            form.getByLabel("Outcome").selectOption("FAILED");
            form.getByLabel("Note").fill("Target is 1,000 rows short; source pointed at UAT.");
            form.getByLabel("Link to the evidence").fill("https://ci.example.com/runs/1901");
            Locator firstMeasurement = form.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Measurement 1"));
            firstMeasurement.getByLabel("Measured").fill("source rows");
            firstMeasurement.getByLabel("Value").fill("2500000");
            firstMeasurement.getByLabel("Unit").fill("rows");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add a measurement")).click();
            Locator secondMeasurement = form.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Measurement 2"));
            secondMeasurement.getByLabel("Measured").fill("target rows");
            secondMeasurement.getByLabel("Value").fill("2499000");
            secondMeasurement.getByLabel("Unit").fill("rows");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record result")).click();

            Locator results = contributor.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Results of Data reconciliation"));
            assertThat(results).containsText("Failed");
            assertThat(results).containsText("recorded by cole");
            assertThat(results).containsText("2,500,000 rows");
            assertThat(results).containsText("2,499,000 rows");
            assertThat(results).containsText("https://ci.example.com/runs/1901");
            contributor.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/workbench-gate.png")).setFullPage(true));

            manager.navigate(milestonePage);
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete milestone")).click();

            Locator refusal = manager.getByRole(AriaRole.ALERT, new Page.GetByRoleOptions().setName("Completion refused"));
            assertThat(refusal).containsText("cannot be completed");
            assertThat(refusal).containsText("Data reconciliation");
        }
    }

    @Test
    void a_viewer_sees_no_edit_controls() {
        try (BrowserContext context = browser.newContext(desktop())) {
            Page page = signIn(context, "vic");
            String mbr = projectId(page, "MBR");

            page.navigate(root + "projects/" + mbr + "/risks");
            Locator register = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Risk register"));
            assertThat(register).containsText("Migration loads data from the wrong source environment");
            assertThat(register.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Edit")))).hasCount(0);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New risk"))).hasCount(0);

            register.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Migration loads data from the wrong source environment")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("History"))).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit risk"))).hasCount(0);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close risk"))).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/workbench-risk.png")).setFullPage(true));

            page.navigate(root + "projects/" + mbr);
            assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Inherent heat map"))).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New milestone"))).hasCount(0);
        }
    }

    @Test
    void a_heat_map_cell_counts_what_the_register_lists_for_that_cell() {
        try (BrowserContext context = browser.newContext(desktop())) {
            Page page = signIn(context, "maria");
            String mbr = projectId(page, "MBR");
            page.navigate(root + "projects/" + mbr);

            Locator heatMap = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Inherent heat map"));
            Locator cells = heatMap.getByRole(AriaRole.LINK);
            assertThat(cells).hasCount(25);
            Locator cell = null;
            int count = 0;
            for (int i = 0; i < 25; i++) {
                int n = Integer.parseInt(cells.nth(i).innerText().trim());
                if (n > 0) {
                    cell = cells.nth(i);
                    count = n;
                    break;
                }
            }
            assertTrue(cell != null, "the demo project has open risks on the heat map");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/workbench-overview.png")).setFullPage(true));
            String label = cell.getAttribute("aria-label");

            // by keyboard: the cell is a link that takes focus and follows Enter
            cell.focus();
            page.keyboard().press("Enter");

            assertThat(page.getByText(Pattern.compile("^Heat-map cell: likelihood \\d × impact \\d"))).isVisible();
            Locator shown = page.getByTestId("register-count");
            assertThat(shown).containsText("of " + count + (count == 1 ? " risk" : " risks"));
            Locator rows = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Risk register")).locator("tbody tr");
            assertThat(rows).hasCount(count);
            Matcher rating = Pattern.compile("Likelihood (\\d), impact (\\d)").matcher(label);
            assertTrue(rating.find());
            for (int i = 0; i < count; i++) {
                assertThat(rows.nth(i)).containsText("(" + rating.group(1) + "×" + rating.group(2) + ")");
            }
            // the back button returns to the overview
            page.goBack();
            assertThat(heatMap).isVisible();
        }
    }

    @Test
    void a_residual_heat_map_cell_counts_what_the_register_lists_for_that_cell() {
        try (BrowserContext context = browser.newContext(desktop())) {
            Page page = signIn(context, "maria");
            page.navigate(root + "projects/" + projectId(page, "PAY"));

            Locator cells = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Residual (after mitigations in force) heat map"))
                    .getByRole(AriaRole.LINK);
            assertThat(cells).hasCount(25);
            int count = 0;
            Locator cell = null;
            for (int i = 0; i < 25 && cell == null; i++) {
                count = Integer.parseInt(cells.nth(i).innerText().trim());
                cell = count > 0 ? cells.nth(i) : null;
            }
            assertTrue(cell != null, "the demo project has open risks on the residual heat map");
            cell.click();

            assertThat(page.getByText(Pattern.compile("^Residual heat-map cell: likelihood \\d × impact \\d"))).isVisible();
            assertThat(page.getByTestId("register-count")).containsText("of " + count + (count == 1 ? " risk" : " risks"));
            assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Risk register")).locator("tbody tr"))
                    .hasCount(count);
        }
    }

    @Test
    void the_workbench_reads_on_a_phone() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setDeviceScaleFactor(1).setLocale("en-US").setTimezoneId("UTC"))) {
            Page page = signIn(context, "maria");
            String mbr = projectId(page, "MBR");

            page.navigate(root + "projects/" + mbr);
            assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Inherent heat map"))).isVisible();
            assertNoHorizontalOverflow(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/workbench-phone-overview.png")).setFullPage(true));

            page.navigate(root + "projects/" + mbr + "/risks");
            assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Risk register"))).isVisible();
            assertNoHorizontalOverflow(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/workbench-phone-register.png")).setFullPage(true));

            // the inline editor fits the phone too (opened and left without saving)
            String demoRisk = "Migration loads data from the wrong source environment";
            registerRow(page, demoRisk).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit " + demoRisk)).click();
            Locator editor = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Edit " + demoRisk));
            assertThat(editor.getByLabel("Probability (0–1)")).isFocused();
            assertNoHorizontalOverflow(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/workbench-phone-edit.png")).setFullPage(true));
            editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();

            page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Risk register"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Migration loads data from the wrong source environment")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("History"))).isVisible();
            assertNoHorizontalOverflow(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/workbench-phone-risk.png")).setFullPage(true));
        }
    }

    // --- helpers

    private static Browser.NewContextOptions desktop() {
        return new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("en-US").setTimezoneId("UTC");
    }

    private Page signIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate(root.toString());
        page.locator("button[name='predefined-" + user + "']").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My projects"))).isVisible();
        return page;
    }

    /** The API with the browser's session cookie, for setting up a test's own data. */
    private JsonPath graphQL(Page page, String query, Map<String, Object> variables) {
        var response = page.request().post(root + "graphql", RequestOptions.create()
                .setHeader("Content-Type", "application/json")
                .setHeader("X-Requested-With", "JavaScript")
                .setData(Map.of("query", query, "variables", variables)));
        assertEquals(200, response.status(), response::text);
        return JsonPath.from(response.text());
    }

    private String projectId(Page page, String key) {
        JsonPath projects = graphQL(page, "{ projects(first: 100) { nodes { id key } } }", Map.of());
        List<Map<String, String>> nodes = projects.getList("data.projects.nodes");
        return nodes.stream().filter(p -> key.equals(p.get("key"))).findFirst().orElseThrow().get("id");
    }

    private void createRisk(Page page, String projectId, String title, String probability) {
        JsonPath created = graphQL(page, """
                mutation($input: RiskCreateInput!) { riskCreate(input: $input) { risk { id } userErrors { message } } }""",
                Map.of("input", Map.of("projectId", projectId, "title", title, "category", "SCHEDULE", "response", "MITIGATE",
                        "likelihood", 2, "impact", 3, "probability", probability, "lossLow", "1000", "lossHigh", "5000")));
        assertEquals(List.of(), created.getList("data.riskCreate.userErrors"));
    }

    private static Locator registerRow(Page page, String title) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Risk register"))
                .getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(
                        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))));
    }

    private static void assertNoHorizontalOverflow(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object culprits = page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .filter(e => !e.closest('.table-scroll') || e.matches('.table-scroll'))
                    .slice(0, 8)
                    .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
                    .join(', ')""");
        assertEquals(0, ((Number) overflow).intValue(), () -> "the page scrolls sideways: " + culprits);
    }

    /** PRODUCT.md section 4: probability x lognormal mean of the 90% range, to the cent. */
    private static BigDecimal expectedLoss(String probability, double low, double high) {
        double mu = (Math.log(low) + Math.log(high)) / 2;
        double sigma = (Math.log(high) - Math.log(low)) / (2 * Z95);
        double mean = Math.exp(mu + sigma * sigma / 2);
        return new BigDecimal(probability).multiply(BigDecimal.valueOf(mean)).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
