package io.averted.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.averted.project.Project;
import io.averted.project.ProjectMember;
import io.averted.project.ProjectRole;
import io.averted.project.ProjectStatus;
import io.averted.risk.Risk;
import io.averted.risk.RiskCategory;
import io.averted.risk.RiskResponse;
import io.averted.risk.RiskStatus;
import io.quarkus.arc.profile.UnlessBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the four stories so a new user sees a filled register at once. Runs only when
 * {@code averted.demo-data.enabled} is true (dev mode) and only once per database; a production
 * build does not even contain this bean. Rows are written as the actor "demo-data".
 */
@ApplicationScoped
@UnlessBuildProfile("prod")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @ConfigProperty(name = "averted.demo-data.enabled")
    boolean enabled;

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    public void load() {
        long loaded = ((Number) em.createNativeQuery("select count(*) from project where key = 'MBR'").getSingleResult()).longValue();
        if (loaded > 0) {
            return; // loaded on an earlier start: never overwrite what users changed since
        }
        em.createNativeQuery("select set_config('averted.actor', 'demo-data', true)").getSingleResult();

        Project portal = project("MBR", "Member portal relaunch",
                "Relaunch of the member portal with a historical migration of 2.5 million member records, due right after UAT sign-off.",
                "USD", "2026-03-02", "2026-12-15", true);
        risk(portal, "Migration loads data from the wrong source environment", RiskCategory.DATA_INTEGRITY, "cole",
                RiskStatus.MITIGATING, 3, 5, "0.15", "20000", "150000", "2026-12-01",
                "The deployment checklist names the source by hand; pointing it at UAT loads test data into production and no member can log in.");
        risk(portal, "No rehearsed rollback for the historical migration", RiskCategory.DATA_INTEGRITY, "maria",
                RiskStatus.IDENTIFIED, 2, 4, "0.10", "10000", "80000", "2026-12-01",
                "Without a rehearsed rollback, a bad load means a long emergency rebuild instead of a restore.");
        risk(portal, "UAT sign-off slips past the migration window", RiskCategory.SCHEDULE, "maria",
                RiskStatus.IDENTIFIED, 4, 3, "0.35", "5000", "40000", "2026-11-30",
                "The migration is scheduled right after sign-off; a slip squeezes reconciliation out of the plan.");
        risk(portal, "Member personal data copied into UAT with test data", RiskCategory.COMPLIANCE, "sam",
                RiskStatus.MITIGATING, 2, 5, "0.05", "25000", "250000", "2026-12-10",
                "Masked extracts are not enforced for UAT refreshes.");
        risk(portal, "Login service overloaded by the post-launch surge", RiskCategory.AVAILABILITY, "cole",
                RiskStatus.IDENTIFIED, 3, 4, "0.20", "8000", "60000", "2026-12-05", null);
        risk(portal, "Key migration engineer unavailable during cut-over", RiskCategory.PEOPLE, "maria",
                RiskStatus.ACCEPTED, 2, 3, "0.10", "3000", "20000", null, null);

        Project operations = project("OPS", "Production database operations",
                "Backups, restores and snapshots of the production databases.", "USD", "2026-01-05", "2027-06-30", false);
        risk(operations, "Restore applied to production instead of a test server", RiskCategory.DATA_INTEGRITY, "cole",
                RiskStatus.IDENTIFIED, 2, 5, "0.08", "15000", "200000", "2026-12-03",
                "Production and test servers look alike on the console; nothing confirms the target before a restore.");
        risk(operations, "Newest restore point older than the recovery point objective", RiskCategory.DATA_INTEGRITY, "cole",
                RiskStatus.MITIGATING, 3, 4, "0.12", "5000", "90000", "2026-12-03",
                "Official snapshots run every 24 hours; anything restored loses up to a day of data.");
        risk(operations, "Backups never test-restored", RiskCategory.AVAILABILITY, "maria",
                RiskStatus.IDENTIFIED, 3, 4, "0.20", "10000", "120000", "2026-12-08", null);
        risk(operations, "Informal hourly snapshots stop when their engineer leaves", RiskCategory.PEOPLE, "maria",
                RiskStatus.IDENTIFIED, 3, 3, "0.25", "2000", "30000", "2027-01-15",
                "A colleague's own, more frequent snapshots are an unrecorded control that saved data before.");
        risk(operations, "Shared admin credentials across environments", RiskCategory.SECURITY, "sam",
                RiskStatus.IDENTIFIED, 2, 4, "0.10", "10000", "100000", "2027-01-15", null);

        Project payments = project("PAY", "Payments compliance release",
                "A compliance column on the payments ledger, shipped during tax season.", "EUR", "2026-01-12", "2026-04-30", true);
        risk(payments, "Schema change takes a table lock under peak load", RiskCategory.AVAILABILITY, "cole",
                RiskStatus.IDENTIFIED, 3, 5, "0.20", "30000", "400000", "2026-12-02",
                "Adding the column rewrites and locks the ledger table; in tax season the payment system cannot wait.");
        risk(payments, "Staging has no production-like load", RiskCategory.AVAILABILITY, "maria",
                RiskStatus.IDENTIFIED, 4, 4, "0.30", "10000", "120000", "2026-12-02",
                "Changes pass in staging because nothing there competes for the locks.");
        risk(payments, "Compliance deadline missed", RiskCategory.COMPLIANCE, "sam",
                RiskStatus.MITIGATING, 2, 5, "0.15", "20000", "250000", "2026-12-15", null);
        risk(payments, "Change window overlaps the tax-season peak", RiskCategory.SCHEDULE, "maria",
                RiskStatus.IDENTIFIED, 4, 3, "0.40", "5000", "60000", "2026-12-01", null);
        risk(payments, "Payment provider changes its API without notice", RiskCategory.VENDOR, "cole",
                RiskStatus.ACCEPTED, 2, 3, "0.10", "5000", "50000", null, null);

        Project reliability = project("REL", "Reliability and post-mortem practice",
                "Blameless post-mortems whose action items become risks, gates and investments.", "USD", "2026-02-01", null, false);
        risk(reliability, "Post-mortem action items are not tracked to closure", RiskCategory.OTHER, "maria",
                RiskStatus.MITIGATING, 4, 3, "0.50", "5000", "80000", "2026-11-29", null);
        risk(reliability, "A fixed failure recurs because the fix did not hold", RiskCategory.AVAILABILITY, "cole",
                RiskStatus.IDENTIFIED, 3, 4, "0.20", "10000", "150000", "2026-12-12", null);
        risk(reliability, "Blame culture hides near-misses", RiskCategory.PEOPLE, "maria",
                RiskStatus.IDENTIFIED, 3, 3, "0.30", "2000", "40000", "2027-01-10", null);
        risk(reliability, "On-call fatigue slows incident detection", RiskCategory.PEOPLE, "sam",
                RiskStatus.IDENTIFIED, 3, 3, "0.25", "5000", "60000", "2027-01-10", null);
        LOG.info("Loaded the demo data: projects MBR, OPS, PAY and REL");
    }

    private Project project(String key, String name, String description, String currency, String start, String target,
            boolean withViewer) {
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.key = key;
        project.name = name;
        project.description = description;
        project.currency = currency;
        project.status = ProjectStatus.ACTIVE;
        project.startDate = LocalDate.parse(start);
        project.targetDate = target == null ? null : LocalDate.parse(target);
        em.persist(project);
        member(project, "maria", "Maria Manager", ProjectRole.MANAGER);
        member(project, "sam", "Sam Sponsor", ProjectRole.SPONSOR);
        member(project, "cole", "Cole Contributor", ProjectRole.CONTRIBUTOR);
        if (withViewer) {
            member(project, "vic", "Vic Viewer", ProjectRole.VIEWER);
        }
        return project;
    }

    private void member(Project project, String username, String displayName, ProjectRole role) {
        ProjectMember member = new ProjectMember();
        member.id = UUID.randomUUID();
        member.projectId = project.id;
        member.username = username;
        member.displayName = displayName;
        member.role = role;
        em.persist(member);
    }

    private void risk(Project project, String title, RiskCategory category, String owner, RiskStatus status,
            int likelihood, int impact, String probability, String lossLow, String lossHigh, String nextReview,
            String description) {
        Risk risk = new Risk();
        risk.id = UUID.randomUUID();
        risk.projectId = project.id;
        risk.title = title;
        risk.description = description;
        risk.category = category;
        risk.ownerUsername = owner;
        risk.status = status;
        risk.response = status == RiskStatus.ACCEPTED ? RiskResponse.ACCEPT : RiskResponse.MITIGATE;
        risk.likelihood = (short) likelihood;
        risk.impact = (short) impact;
        risk.probability = new BigDecimal(probability);
        risk.lossLow = new BigDecimal(lossLow);
        risk.lossHigh = new BigDecimal(lossHigh);
        risk.nextReviewOn = nextReview == null ? null : LocalDate.parse(nextReview);
        em.persist(risk);
    }
}
