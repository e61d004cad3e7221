package io.averted.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import io.averted.project.Project;
import io.averted.support.Chromium;
import io.averted.support.TestData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The register's CSV export and import in Chromium, signed in as the demo manager: the export is the MBR register as a
 * saved file; the import goes into a project of its own (so no other test sees its risks): a file with one bad row is
 * refused row and column named, the fixed file is written with its history.
 */
@QuarkusTest
@TestProfile(UiTestProfile.class)
class RegisterCsvBrowserTest {

    static Chromium chromium;
    static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @Inject
    TestData data;

    @Inject
    EntityManager em;

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

    private Page signInAsMaria(BrowserContext context, String path) {
        Page page = context.newPage();
        page.navigate(root.toString() + path);
        page.locator("button[name='predefined-maria']").click();
        return page;
    }

    @Test
    void a_manager_exports_the_register_as_a_file_excel_reads_as_utf8() throws IOException {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = signInAsMaria(context, "");
            page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("My projects"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Member portal relaunch")).click();
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Project"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Risk register")).click();

            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Export CSV")).click());

            assertEquals("MBR-risk-register-" + LocalDate.now() + ".csv", download.suggestedFilename());
            byte[] bytes = Files.readAllBytes(download.path());
            assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("id,title,description,category,status,response,owner,milestoneId,milestone,"), text);
            assertTrue(text.contains("Migration loads data from the wrong source environment"), text);
            assertTrue(text.contains(",0.15,20000.00,150000.00,"), text);
        }
    }

    @Test
    void a_manager_imports_a_file_sees_the_bad_row_named_then_imports_the_fixed_file_with_history() {
        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");
        String header = "title,category,response,owner,likelihood,impact,probability,lossLow,lossHigh";
        String good = "Checklist points at the UAT source,DATA_INTEGRITY,MITIGATE,cole,3,5,0.15,20000,150000";
        String bad = "\"Restore, onto the live database\",AVAILABILITY,AVOID,,2,5,1.5,5000,90000";
        String fixed = bad.replace(",1.5,", ",0.05,");

        try (BrowserContext context = browser.newContext()) {
            Page page = signInAsMaria(context, "projects/" + project.id + "/risks");
            Locator fileInput = page.getByLabel("CSV file to import");

            fileInput.setInputFiles(file("risks.csv", header, good, bad));

            Locator preview = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Import preview: risks.csv"));
            Locator problems = preview.getByRole(AriaRole.TABLE, new Locator.GetByRoleOptions().setName("Problems in the file"));
            assertThat(problems.getByRole(AriaRole.ROW).nth(1)).containsText("3");
            assertThat(problems.getByRole(AriaRole.ROW).nth(1)).containsText("probability");
            assertThat(preview.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import 2 risks"))).hasCount(0);
            assertEquals(0, data.riskCount(project.id));

            fileInput.setInputFiles(file("risks-fixed.csv", header, good, fixed));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 risks")).click();

            assertThat(page.getByText("Imported: 2 created, 0 updated, 0 unchanged.")).isVisible();
            Locator register = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Risk register"));
            assertThat(register).containsText("Restore, onto the live database");
            assertThat(register).containsText("Cole");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/register-csv.png")).setFullPage(true));
        }
        assertEquals(2, data.riskCount(project.id));
        assertEquals(List.of("maria", "maria"), historyActors(project.id));
    }

    private static FilePayload file(String name, String... lines) {
        return new FilePayload(name, "text/csv", ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<String> historyActors(UUID projectId) {
        return em.createNativeQuery("select actor from history where project_id = :id and entity = 'risk' order by id")
                .setParameter("id", projectId).getResultList();
    }
}
