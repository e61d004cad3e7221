package io.averted.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * The sponsor's and the engineers' flows of PRODUCT.md section 1 in Chromium, each step as the role that takes it:
 * real sign-in, the built UI, the real API and PostgreSQL with the demo data. Every test makes its own uniquely named
 * data (set up through the API as the role that may create it), so the order does not matter.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class SponsorFlowBrowserTest {

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
    void maria_proposes_an_investment_with_two_mitigations_and_cannot_decide_it() {
        String name = unique("Row-count reconciliation tool");
        String first = unique("Migration loads a stale extract");
        String second = unique("Checksums skipped under time pressure");
        try (BrowserContext context = browser.newContext(desktop())) {
            Page page = signIn(context, "maria");
            String mbr = projectId(page, "MBR");
            createRisk(page, mbr, first, "0.3", "1000", "5000");
            createRisk(page, mbr, second, "0.2", "2000", "8000");

            page.navigate(root + "projects/" + mbr + "/investments");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose an investment")).click();
            Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Propose an investment"));
            form.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
            form.getByLabel("Kind", new Locator.GetByLabelOptions().setExact(true)).selectOption("TOOL");
            form.getByLabel("Vendor").fill("DiffCo");
            form.getByLabel("One-time cost").fill("3000");
            form.getByLabel("Annual cost").fill("2000");
            mitigation(form, 1).getByLabel("Risk", new Locator.GetByLabelOptions().setExact(true)).selectOption(riskOption(page, mbr, first));
            mitigation(form, 1).getByLabel("Probability reduction (0–1)").fill("0.8");
            mitigation(form, 1).getByLabel("Loss reduction (0–1)").fill("0");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add a mitigated risk")).click();
            mitigation(form, 2).getByLabel("Risk", new Locator.GetByLabelOptions().setExact(true)).selectOption(riskOption(page, mbr, second));
            mitigation(form, 2).getByLabel("Probability reduction (0–1)").fill("0.5");
            mitigation(form, 2).getByLabel("Loss reduction (0–1)").fill("0.25");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Propose investment")).click();

            assertThat(form).isHidden();
            Locator card = card(page, name);
            assertThat(card).containsText("Proposed");
            assertThat(card).containsText("$3,000.00");
            assertThat(card).containsText("$3,000.00/yr"); // annualized: 2,000 + 3,000 / 3
            Locator mitigations = card.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions().setName("Risks " + name + " mitigates"));
            assertThat(mitigations.getByRole(AriaRole.ROW)).hasCount(3);
            assertThat(mitigations).containsText(first);
            assertThat(mitigations).containsText("80%");
            assertThat(mitigations).containsText(second);
            assertThat(mitigations).containsText("25%");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/sponsor-flow-proposed.png")).setFullPage(true));

            // the manager is offered no decision, and the API refuses one
            assertThat(card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decide on " + name))).hasCount(0);
            Map<String, Object> investment = investmentByName(page, mbr, name);
            JsonPath refused = graphQL(page, """
                    mutation($input: InvestmentDecideInput!) { investmentDecide(input: $input) { investment { id } userErrors { code } } }""",
                    Map.of("input", Map.of("id", investment.get("id"), "version", investment.get("version"), "decision", "APPROVED",
                            "rationale", "I want it")));
            assertFalse(refused.getList("errors") == null && refused.getList("data.investmentDecide.userErrors").isEmpty(),
                    "the manager's decision went through: " + refused.prettify());
            assertEquals("PROPOSED", investmentByName(page, mbr, name).get("status"));
        }
    }

    @Test
    void sam_finds_a_proposal_in_my_work_tries_it_in_the_what_if_and_rejects_it_with_a_rationale() {
        String name = unique("Cut-over double-check staffing");
        String risk = unique("Cut-over runs against the wrong target");
        try (BrowserContext managerContext = browser.newContext(desktop()); BrowserContext sponsorContext = browser.newContext(desktop())) {
            Page maria = signIn(managerContext, "maria");
            String mbr = projectId(maria, "MBR");
            String riskId = createRisk(maria, mbr, risk, "0.9", "100000", "500000");
            propose(maria, mbr, name, riskId, "0.8", "0.5");

            Page sam = signIn(sponsorContext, "sam");
            sam.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My work")).click();
            Locator awaiting = sam.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Investments awaiting your decision"));
            awaiting.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();

            // the what-if: switch the proposal on and the residual moves, from the same draws
            Locator whatIf = sam.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("What if…"));
            Locator now = whatIf.getByTestId("residual-now");
            Locator withIt = whatIf.getByTestId("residual-what-if");
            assertThat(now).containsText("$");
            String before = now.textContent();
            assertThat(withIt).hasText(before);
            whatIf.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(name)).check();
            assertThat(whatIf.getByTestId("residual-change")).containsText("−$");
            assertNotEquals(before, withIt.textContent());
            assertThat(now).hasText(before);
            assertThat(whatIf.getByRole(AriaRole.FIGURE)).isVisible();
            sam.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/sponsor-flow-what-if.png")).setFullPage(true));

            Locator card = card(sam, name);
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Decide on " + name)).click();
            Locator decide = sam.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Decide on " + name));
            decide.getByLabel("Reject").check();
            decide.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record decision")).click();
            assertThat(decide).containsText("Say why, for the record.");
            decide.getByLabel("Rationale").fill("Not in this year's budget; the team will double-check by hand.");
            decide.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record decision")).click();

            assertThat(decide).isHidden();
            assertThat(card).containsText("Rejected");
            assertThat(card).containsText("sam");
            assertThat(card).containsText("Not in this year's budget");
            assertEquals("REJECTED", investmentByName(maria, mbr, name).get("status"));
        }
    }

    @Test
    void cole_reports_an_incident_on_the_mitigated_risk_adds_labor_and_revenue_and_the_headline_shows_the_refused_cost() {
        String name = unique("Restore-target confirmation tool");
        String risk = unique("Snapshot restored onto production");
        String title = unique("Old snapshot restored onto the live database");
        try (BrowserContext managerContext = browser.newContext(desktop());
                BrowserContext sponsorContext = browser.newContext(desktop());
                BrowserContext contributorContext = browser.newContext(desktop())) {
            Page maria = signIn(managerContext, "maria");
            String mbr = projectId(maria, "MBR");
            String riskId = createRisk(maria, mbr, risk, "0.1", "1000", "5000");
            String investmentId = propose(maria, mbr, name, riskId, "0.5", "0");
            Page sam = signIn(sponsorContext, "sam");
            decide(sam, investmentId, "REJECTED", "Too expensive for now");

            Page cole = signIn(contributorContext, "cole");
            cole.navigate(root + "projects/" + mbr);
            cole.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report an incident")).click();
            Locator form = cole.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Report an incident"));
            // after the rejection: only then does it count against the declined prevention
            LocalDateTime occurred = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(2);
            form.getByLabel("Title").fill(title);
            form.getByLabel("Severity").selectOption("SEV1");
            form.getByLabel("Occurred").fill(occurred.format(LOCAL));
            form.getByLabel("Detected").fill(occurred.plusMinutes(45).format(LOCAL));
            form.getByLabel("Resolved").fill(occurred.plusMinutes(45 + 90).format(LOCAL));
            form.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(risk)).check();
            form.getByLabel("Data lost (minutes of history)").fill("90");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Report incident")).click();

            assertThat(cole.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setLevel(1))).isVisible();
            assertThat(cole.getByTestId("time-to-detect")).hasText("45 min");
            assertThat(cole.getByTestId("time-to-resolve")).hasText("1 h 30 min");
            Locator preventable = cole.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Preventable by"));
            assertThat(preventable).containsText(name);
            assertThat(preventable).containsText("refused by sam");

            addLoss(cole, "LABOR", Map.of("Hours", "10", "Hourly rate", "120"));
            addLoss(cole, "REVENUE", Map.of("Amount", "5000"));
            Locator byType = cole.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Losses by type"));
            assertThat(byType.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Labor"))).containsText("$1,200.00");
            assertThat(byType.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Revenue"))).containsText("$5,000.00");
            assertThat(cole.getByTestId("total-loss")).hasText("$6,200.00");
            assertThat(cole.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Each loss"))).containsText("10 h × $120.00/h");
            cole.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/sponsor-flow-incident.png")).setFullPage(true));

            // the sponsor's dashboard leads with it: $1,000.00/yr refused, $6,200.00 lost, 6.2 times the cost
            sam.navigate(root + "dashboard");
            Locator headline = sam.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Prevention you declined, and what followed"));
            assertThat(headline.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(name)))
                    .hasText(name + ": $1,000.00/yr refused → $6,200.00 lost, 6.2×");
            Object headlineTop = headline.evaluate("e => e.getBoundingClientRect().top");
            Object firstCurrencyTop = sam.locator(".currency-section").first().evaluate("e => e.getBoundingClientRect().top");
            assertFalse(((Number) headlineTop).doubleValue() > ((Number) firstCurrencyTop).doubleValue(), "the headline is not first");
            sam.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/sponsor-flow-dashboard.png")));
        }
    }

    @Test
    void maria_writes_and_publishes_the_post_mortem_and_an_action_item_becomes_a_gate_on_the_milestone() {
        String title = unique("Production loaded with UAT test data");
        String milestone = unique("Historical migration rerun");
        String action = unique("Confirm the source is production before loading");
        try (BrowserContext context = browser.newContext(desktop())) {
            Page maria = signIn(context, "maria");
            String mbr = projectId(maria, "MBR");
            String milestoneId = createMilestone(maria, mbr, milestone);
            String incidentId = reportIncident(maria, mbr, title);

            maria.navigate(root + "incidents/" + incidentId);
            Locator editor = maria.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Post-mortem"));
            assertThat(maria.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Post-mortem"))).containsText("Blameless by design");
            // the publishing rule is shown before anything is refused
            assertThat(editor.getByTestId("publishing-rule")).containsText("Write the impact");
            assertThat(editor.getByTestId("publishing-rule")).containsText("Add an action item, or say why none is needed.");
            editor.getByLabel("Summary").fill("The cut-over checklist pointed at the UAT database; production received test data.");
            editor.getByLabel("Root causes").fill("The checklist named the source by a host alias shared by UAT and production.");
            editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send for review")).click();
            assertThat(editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish"))).isVisible();
            editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish")).click();
            assertThat(editor).containsText("a published post-mortem states its impact");

            editor.getByLabel("Impact", new Locator.GetByLabelOptions().setExact(true)).fill("No member could log in for 48 hours; recovery cost over $50,000.");
            editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
            assertThat(editor.getByTestId("publishing-rule")).not().containsText("Write the impact");

            maria.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add an action item")).click();
            Locator create = maria.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("New action item"));
            create.getByLabel("What will be done, concretely").fill(action);
            create.getByLabel("Owner").selectOption("cole");
            create.getByLabel("Due date").fill("2027-01-15");
            create.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add action item")).click();
            assertThat(create).isHidden();

            maria.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Turn " + action + " into…")).click();
            Locator become = maria.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Turn " + action + " into"));
            become.getByLabel("It becomes").selectOption("gate");
            become.getByLabel("Milestone", new Locator.GetByLabelOptions().setExact(true)).selectOption(milestoneId);
            become.getByLabel("Gate kind").selectOption("DATA_RECONCILIATION");
            become.getByLabel("Criteria").fill("Source host confirmed as production by a second person; row counts match.");
            become.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create and link")).click();
            assertThat(become).isHidden();
            Locator item = maria.getByRole(AriaRole.LISTITEM, new Page.GetByRoleOptions().setName(action));
            assertThat(item).containsText("became the gate");

            editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish")).click();
            assertThat(maria.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Post-mortem"))).containsText("Published by maria");
            maria.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/sponsor-flow-postmortem.png")).setFullPage(true));

            // the link to the result, and back
            item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(action + " on " + milestone)).click();
            Locator gate = maria.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(action));
            assertThat(gate).isVisible();
            assertThat(gate).containsText("Blocking");
            assertThat(gate.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("“" + action + "” (" + title + ")"))).isVisible();
            assertThat(maria.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(milestone))).isVisible();
        }
    }

    @Test
    void sam_waives_a_failing_gate_with_a_reason_and_maria_completes_the_milestone() {
        String milestone = unique("Schema change in the tax season");
        String gateName = unique("Load-realistic rehearsal");
        try (BrowserContext managerContext = browser.newContext(desktop());
                BrowserContext sponsorContext = browser.newContext(desktop());
                BrowserContext contributorContext = browser.newContext(desktop())) {
            Page maria = signIn(managerContext, "maria");
            String mbr = projectId(maria, "MBR");
            String milestoneId = createMilestone(maria, mbr, milestone);
            String gateId = createGate(maria, milestoneId, gateName);
            Page cole = signIn(contributorContext, "cole");
            JsonPath failed = graphQL(cole, """
                    mutation($input: QualityGateRecordResultInput!) { qualityGateRecordResult(input: $input) { gate { status } userErrors { message } } }""",
                    Map.of("input", Map.of("gateId", gateId, "outcome", "FAILED", "note", "Staging has no realistic load")));
            assertEquals("FAILED", failed.getString("data.qualityGateRecordResult.gate.status"), failed::prettify);
            String page = root + "projects/" + mbr + "/milestones/" + milestoneId;

            // the manager cannot complete it while the failing gate is in the way, and is offered no waiver
            maria.navigate(page);
            assertThat(maria.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Waive gate " + gateName))).hasCount(0);

            Page sam = signIn(sponsorContext, "sam");
            sam.navigate(page);
            sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Waive gate " + gateName)).click();
            Locator waive = sam.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Waive " + gateName));
            waive.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Waive gate")).click();
            assertThat(waive).containsText("Give the reason; it stays on record.");
            waive.getByLabel("Why may the milestone complete").fill("The change window moved to a quiet Sunday night; the risk is accepted.");
            waive.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Waive gate")).click();
            Locator panel = sam.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(gateName));
            assertThat(panel).containsText("Waived because");
            assertThat(panel).containsText("quiet Sunday night");
            assertThat(panel).containsText("sam");

            maria.navigate(page);
            maria.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete milestone")).click();
            assertThat(maria.locator("main")).containsText("Completed");
            assertThat(maria.locator("main .badge--done").first()).hasText("Done");
            maria.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/sponsor-flow-waived.png")).setFullPage(true));
        }
    }

    @Test
    void the_new_pages_do_not_scroll_sideways_on_a_phone() {
        String title = unique("Phone-width incident");
        try (BrowserContext desk = browser.newContext(desktop());
                BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("en-US")
                        .setTimezoneId("UTC").setIsMobile(true).setHasTouch(true))) {
            Page maria = signIn(desk, "maria");
            String mbr = projectId(maria, "MBR");
            String incidentId = reportIncident(maria, mbr, title);

            Page page = signIn(phone, "maria");
            for (String path : List.of("projects/" + mbr + "/investments", "incidents/" + incidentId, "projects/" + mbr + "/incidents/new",
                    "my-work", "dashboard", "report")) {
                page.navigate(root + path);
                assertThat(page.locator("main h1")).isVisible();
                page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
                Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertEquals(0, ((Number) overflow).intValue(), () -> path + " scrolls sideways at 390 px");
            }
            page.navigate(root + "projects/" + mbr + "/investments");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose an investment")).click();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0, ((Number) overflow).intValue(), "the proposal form scrolls sideways at 390 px");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/sponsor-flow-phone.png")).setFullPage(true));
        }
    }

    // --- helpers

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

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

    /** The API with the browser's session cookie, for setting up a test's own data as the role that may create it. */
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

    private String createRisk(Page page, String projectId, String title, String probability, String low, String high) {
        JsonPath created = graphQL(page, """
                mutation($input: RiskCreateInput!) { riskCreate(input: $input) { risk { id } userErrors { message } } }""",
                Map.of("input", Map.of("projectId", projectId, "title", title, "category", "DATA_INTEGRITY", "response", "MITIGATE",
                        "likelihood", 3, "impact", 4, "probability", probability, "lossLow", low, "lossHigh", high)));
        assertEquals(List.of(), created.getList("data.riskCreate.userErrors"), created::prettify);
        return created.getString("data.riskCreate.risk.id");
    }

    private String riskOption(Page page, String projectId, String title) {
        JsonPath risks = graphQL(page, """
                query($id: ID!, $text: String) { project(id: $id) { risks(first: 5, filter: { text: $text }) { nodes { id title } } } }""",
                Map.of("id", projectId, "text", title));
        return risks.getString("data.project.risks.nodes.find { it.title == '" + title + "' }.id");
    }

    private String propose(Page page, String projectId, String name, String riskId, String probabilityReduction, String lossReduction) {
        JsonPath proposed = graphQL(page, """
                mutation($input: InvestmentProposeInput!) { investmentPropose(input: $input) { investment { id } userErrors { message } } }""",
                Map.of("input", Map.of("projectId", projectId, "name", name, "kind", "TOOL", "oneTimeCost", "0", "annualCost", "1000",
                        "mitigations", List.of(Map.of("riskId", riskId, "probabilityReduction", probabilityReduction,
                                "lossReduction", lossReduction)))));
        assertEquals(List.of(), proposed.getList("data.investmentPropose.userErrors"), proposed::prettify);
        return proposed.getString("data.investmentPropose.investment.id");
    }

    private void decide(Page sponsor, String investmentId, String decision, String rationale) {
        JsonPath investment = graphQL(sponsor, "query($id: ID!) { investment(id: $id) { version } }", Map.of("id", investmentId));
        JsonPath decided = graphQL(sponsor, """
                mutation($input: InvestmentDecideInput!) { investmentDecide(input: $input) { investment { status } userErrors { message } } }""",
                Map.of("input", Map.of("id", investmentId, "version", investment.getInt("data.investment.version"), "decision", decision,
                        "rationale", rationale)));
        assertEquals(decision, decided.getString("data.investmentDecide.investment.status"), decided::prettify);
    }

    private Map<String, Object> investmentByName(Page page, String projectId, String name) {
        JsonPath investments = graphQL(page, "query($id: ID!) { project(id: $id) { investments(first: 100) { nodes { id name status version } } } }",
                Map.of("id", projectId));
        List<Map<String, Object>> nodes = investments.getList("data.project.investments.nodes");
        return nodes.stream().filter(i -> name.equals(i.get("name"))).findFirst().orElseThrow();
    }

    private String createMilestone(Page page, String projectId, String name) {
        JsonPath created = graphQL(page, """
                mutation($input: MilestoneCreateInput!) { milestoneCreate(input: $input) { milestone { id } userErrors { message } } }""",
                Map.of("input", Map.of("projectId", projectId, "name", name, "kind", "OTHER", "dueDate", "2027-06-30",
                        "withTemplateGates", false)));
        assertEquals(List.of(), created.getList("data.milestoneCreate.userErrors"), created::prettify);
        return created.getString("data.milestoneCreate.milestone.id");
    }

    private String createGate(Page page, String milestoneId, String name) {
        JsonPath created = graphQL(page, """
                mutation($input: QualityGateCreateInput!) { qualityGateCreate(input: $input) { gate { id } userErrors { message } } }""",
                Map.of("input", Map.of("milestoneId", milestoneId, "name", name, "kind", "LOAD_REHEARSAL", "blocking", true,
                        "criteria", "Rehearsed under production-like load")));
        assertEquals(List.of(), created.getList("data.qualityGateCreate.userErrors"), created::prettify);
        return created.getString("data.qualityGateCreate.gate.id");
    }

    private String reportIncident(Page page, String projectId, String title) {
        JsonPath reported = graphQL(page, """
                mutation($input: IncidentReportInput!) { incidentReport(input: $input) { incident { id } userErrors { message } } }""",
                Map.of("input", Map.of("projectId", projectId, "title", title, "severity", "SEV1",
                        "occurredAt", "2026-06-01T08:00:00Z", "detectedAt", "2026-06-01T09:30:00Z")));
        assertEquals(List.of(), reported.getList("data.incidentReport.userErrors"), reported::prettify);
        return reported.getString("data.incidentReport.incident.id");
    }

    private static void addLoss(Page page, String type, Map<String, String> fields) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a loss")).click();
        Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Add a loss"));
        form.getByLabel("Type").selectOption(type);
        fields.forEach((label, value) -> form.getByLabel(label).fill(value));
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add loss")).click();
        assertThat(form).isHidden();
    }

    private static Locator mitigation(Locator form, int number) {
        return form.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName("Mitigation " + number).setExact(true));
    }

    private static Locator card(Page page, String name) {
        return page.getByRole(AriaRole.LISTITEM, new Page.GetByRoleOptions().setName(name));
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
