package io.averted.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.averted.milestone.GateKind;
import io.averted.milestone.GateMeasurement;
import io.averted.milestone.GateOutcome;
import io.averted.milestone.GateResult;
import io.averted.milestone.GateTemplate;
import io.averted.milestone.Milestone;
import io.averted.milestone.MilestoneKind;
import io.averted.milestone.MilestoneStatus;
import io.averted.milestone.QualityGate;
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

    @Inject
    DemoInvestments investments;

    @Inject
    DemoIncidents incidents;

    @Inject
    Clock clock;

    private final Map<String, Milestone> milestones = new HashMap<>();
    private Map<String, io.averted.prevention.Investment> investmentsByName = new HashMap<>();

    /** Gates created in this run, by "milestone name / gate name". */
    private final Map<String, QualityGate> gates = new HashMap<>();

    private final Map<String, Project> projects = new HashMap<>();
    private final Map<String, Risk> risks = new HashMap<>();

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    @Transactional
    public void load() {
        em.createNativeQuery("select set_config('averted.actor', 'demo-data', true)").getSingleResult();
        // Each part loads once per database; a database from an earlier version gets only the parts it lacks,
        // and nothing users changed since is ever overwritten.
        if (count("select count(*) from project where key = 'MBR'") == 0) {
            loadRegisters();
        } else {
            em.createQuery("from Project p where p.key in ('MBR', 'OPS', 'PAY', 'REL')", Project.class)
                    .getResultList().forEach(p -> projects.put(p.key, p));
            em.createQuery("from Risk r where r.projectId in :ids", Risk.class)
                    .setParameter("ids", projects.values().stream().map(p -> p.id).toList())
                    .getResultList().forEach(r -> risks.putIfAbsent(r.title, r));
        }
        if (count("select count(*) from milestone m join project p on p.id = m.project_id where p.key = 'MBR'") == 0) {
            loadMilestones();
        }
        if (count("select count(*) from investment i join project p on p.id = i.project_id where p.key = 'MBR'") == 0) {
            Map<String, io.averted.prevention.Investment> byName = investments.load(em, projects, risks);
            investmentsByName = byName;
            // gates a tool or process automates (only when their milestones were created in this run)
            automate("Historical member migration / Data reconciliation", byName.get("Data comparison tool"));
            automate("Quarterly restore drill / Restore point age", byName.get("Hourly snapshots and quarterly restore drill"));
            automate("Compliance column on the payments ledger / Load-realistic rehearsal", byName.get("Online schema-change tool"));
        }
        if (count("select count(*) from incident i join project p on p.id = i.project_id where p.key = 'MBR'") == 0) {
            incidents.load(em, projects, risks, milestones, gates, investmentsByName);
        }
        LOG.info("Demo data ready: projects MBR, OPS, PAY and REL");
    }

    private void automate(String gate, io.averted.prevention.Investment investment) {
        if (gates.containsKey(gate)) {
            gates.get(gate).automatedByInvestmentId = investment.id;
        }
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private void loadRegisters() {
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
        projects.put(key, project);
        member(project, "maria", "Maria Manager", ProjectRole.MANAGER);
        member(project, "sam", "Sam Sponsor", ProjectRole.SPONSOR);
        member(project, "cole", "Cole Contributor", ProjectRole.CONTRIBUTOR);
        member(project, "averted", "CI pipeline (service account)", ProjectRole.CONTRIBUTOR);
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
        Risk risk = Risk.identify(project.id, status);
        risk.title = title;
        risk.description = description;
        risk.category = category;
        risk.ownerUsername = owner;
        risk.response = status == RiskStatus.ACCEPTED ? RiskResponse.ACCEPT : RiskResponse.MITIGATE;
        risk.likelihood = (short) likelihood;
        risk.impact = (short) impact;
        risk.probability = new BigDecimal(probability);
        risk.lossLow = new BigDecimal(lossLow);
        risk.lossHigh = new BigDecimal(lossHigh);
        risk.nextReviewOn = nextReview == null ? null : LocalDate.parse(nextReview);
        em.persist(risk);
        risks.put(title, risk);
    }

    /** Story 1's migration cannot complete while reconciliation fails; stories 2 and 3 carry their lessons as gates. */
    private void loadMilestones() {
        Milestone uat = milestone("MBR", "UAT sign-off", MilestoneKind.RELEASE, "2026-11-13", MilestoneStatus.IN_PROGRESS,
                "Business sign-off of the relaunched portal in UAT.");
        List<QualityGate> uatGates = templateGates(uat);
        for (QualityGate gate : uatGates) {
            result(gate, GateOutcome.PASSED, "maria", "All 42 checklist items signed off.", null);
        }
        uat.complete(uatGates, "maria", uat.dueDate.atTime(16, 30).atOffset(java.time.ZoneOffset.UTC));

        Milestone migration = milestone("MBR", "Historical member migration", MilestoneKind.DATA_MIGRATION, "2026-11-28",
                MilestoneStatus.IN_PROGRESS, "Load 2.5 million historical member records into the production portal.");
        belongsTo(migration, "Migration loads data from the wrong source environment", "No rehearsed rollback for the historical migration");
        for (QualityGate gate : templateGates(migration)) {
            switch (gate.kind) {
                case DATA_RECONCILIATION -> result(gate, GateOutcome.FAILED, "cole",
                        "Counts match but 7% of sampled members differ field by field: the source looks like UAT, not production.",
                        "https://ci.example.com/reconciliation/1842",
                        "source rows", "2500000", "rows", "target rows", "2500000", "rows",
                        "sampled records", "10000", "rows", "mismatched fields", "1876", null,
                        "source confirmed as production", "0", null);
                case BACKUP_VERIFIED -> result(gate, GateOutcome.PASSED, "cole", "Pre-load backup restored to a scratch server.",
                        null, "restore duration", "42", "min");
                case TARGET_CONFIRMED -> result(gate, GateOutcome.PASSED, "maria", "Target host confirmed by cole and maria.", null);
                default -> {
                    // rollback not rehearsed yet: stays PENDING
                }
            }
        }

        Milestone drill = milestone("OPS", "Quarterly restore drill", MilestoneKind.RESTORE_OR_FAILOVER, "2026-12-10",
                MilestoneStatus.PLANNED, "Restore last night's snapshot onto the test server and time it.");
        belongsTo(drill, "Restore applied to production instead of a test server", "Backups never test-restored");
        for (QualityGate gate : templateGates(drill)) {
            if (gate.kind == GateKind.BACKUP_VERIFIED) {
                result(gate, GateOutcome.PASSED, "cole", "Hourly snapshot available.", null,
                        "newest restore point age", "1.5", "h");
            }
        }

        Milestone column = milestone("PAY", "Compliance column on the payments ledger", MilestoneKind.SCHEMA_CHANGE, "2027-03-15",
                MilestoneStatus.PLANNED, "Add the reporting column required by the regulator.");
        belongsTo(column, "Schema change takes a table lock under peak load", "Staging has no production-like load");
        for (QualityGate gate : templateGates(column)) {
            switch (gate.kind) {
                case LOAD_REHEARSAL -> result(gate, GateOutcome.FAILED, "cole",
                        "Under replayed tax-season traffic the ALTER waited for locks and blocked payments.", null,
                        "lock wait", "38", "s", "payment p99 latency during the change", "21000", "ms");
                case PEER_REVIEW -> result(gate, GateOutcome.PASSED, "maria", "Reviewed; an online schema-change tool avoids the lock.", null);
                default -> {
                    // change window not agreed yet
                }
            }
        }

        milestone("REL", "Post-mortem process rollout", MilestoneKind.OTHER, "2027-01-31", MilestoneStatus.IN_PROGRESS,
                "Every SEV1/SEV2 gets a blameless post-mortem with owned, dated action items.");
    }

    private Milestone milestone(String projectKey, String name, MilestoneKind kind, String due, MilestoneStatus status,
            String description) {
        Milestone milestone = Milestone.plan(projects.get(projectKey).id, name, kind, LocalDate.parse(due));
        milestone.description = description;
        if (status != MilestoneStatus.PLANNED) {
            milestone.setStatus(status);
        }
        milestones.put(name, milestone);
        em.persist(milestone);
        return milestone;
    }

    private void belongsTo(Milestone milestone, String... riskTitles) {
        for (String title : riskTitles) {
            risks.get(title).milestoneId = milestone.id;
        }
    }

    private List<QualityGate> templateGates(Milestone milestone) {
        List<GateTemplate> templates = em.createQuery("from GateTemplate t where t.milestoneKind = :kind order by t.position",
                GateTemplate.class).setParameter("kind", milestone.kind).getResultList();
        return templates.stream().map(t -> {
            QualityGate gate = QualityGate.pending(milestone, t.name, t.gateKind, t.criteria, t.blocking);
            em.persist(gate);
            gates.put(milestone.name + " / " + gate.name, gate);
            return gate;
        }).toList();
    }

    /** Records a result; measurements come as (name, value, unit) triples. */
    private void result(QualityGate gate, GateOutcome outcome, String by, String note, String link, String... measurements) {
        GateResult result = new GateResult();
        result.id = UUID.randomUUID();
        result.projectId = gate.projectId;
        result.gateId = gate.id;
        result.outcome = outcome;
        result.note = note;
        result.link = link;
        result.recordedBy = by;
        em.persist(result);
        for (int i = 0; i < measurements.length / 3; i++) {
            GateMeasurement measurement = new GateMeasurement();
            measurement.resultId = result.id;
            measurement.position = (short) i;
            measurement.name = measurements[3 * i];
            measurement.value = new BigDecimal(measurements[3 * i + 1]);
            measurement.unit = measurements[3 * i + 2];
            em.persist(measurement);
        }
        gate.record(outcome, by, OffsetDateTime.now(clock));
    }
}
