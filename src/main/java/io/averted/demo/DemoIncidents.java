package io.averted.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.averted.incident.ActionItem;
import io.averted.incident.ActionItemStatus;
import io.averted.incident.Incident;
import io.averted.incident.IncidentRisk;
import io.averted.incident.LossItem;
import io.averted.incident.LossType;
import io.averted.incident.Postmortem;
import io.averted.incident.PostmortemStatus;
import io.averted.incident.Severity;
import io.averted.incident.TimelineEntry;
import io.averted.milestone.Milestone;
import io.averted.milestone.QualityGate;
import io.averted.prevention.Investment;
import io.averted.project.Project;
import io.averted.risk.Risk;
import io.quarkus.arc.profile.UnlessBuildProfile;

/**
 * The four stories' incidents with typed losses and published post-mortems, inside DemoData's transaction.
 * Gates and investments are linked when they were created in the same run (maps may be empty otherwise).
 */
@ApplicationScoped
@UnlessBuildProfile("prod")
public class DemoIncidents {

    private EntityManager em;

    public void load(EntityManager em, Map<String, Project> projects, Map<String, Risk> risks, Map<String, Milestone> milestones,
            Map<String, QualityGate> gates, Map<String, Investment> investments) {
        this.em = em;

        // Story 1: test data in production, over $50k and a 48-hour emergency.
        Incident migration = incident(projects.get("MBR"), milestones.get("Historical member migration"),
                "Production loaded with UAT test data; no member can log in", Severity.SEV1,
                "2026-11-16T22:10:00Z", "2026-11-17T06:45:00Z", "2026-11-19T06:45:00Z",
                "The historical migration read from the UAT database: the deployment checklist named the wrong source.");
        migration.dataLostRecords = 2_500_000L;
        materialized(migration, risks.get("Migration loads data from the wrong source environment"));
        labor(migration, "320", "95.00", "Emergency restore and re-migration, two teams over 48 hours");
        loss(migration, LossType.RECOVERY, "8500.00", "External database consultant, weekend rate");
        loss(migration, LossType.CUSTOMER_CREDIT, "6200.00", "Service credits to members who could not log in");
        loss(migration, LossType.REVENUE, "4800.00", "Renewals lost during the outage");
        loss(migration, LossType.PENALTY, "2500.00", "SLA penalty to the member association");
        Postmortem first = postmortem(migration,
                "The historical migration of 2.5 million member records loaded UAT test data into production. Members could not log in for 48 hours.",
                "No member could log in for 48 hours; 2.5 million records had to be reloaded; $52,400 in typed losses.",
                "The source of the migration was typed by hand into the deployment checklist, and nothing compared source and target before go-live.",
                "The migration was scheduled right after UAT sign-off; the data-comparison tool that would have caught it had been declined.",
                "The pre-load backup restored cleanly; the team worked in shifts without blame.",
                "The load ran on a Sunday night, before most members logged in.");
        timeline(first, "2026-11-16T22:10:00Z", "Migration job starts, reading from the UAT database");
        timeline(first, "2026-11-17T06:45:00Z", "Support sees failed logins; incident declared");
        timeline(first, "2026-11-17T09:30:00Z", "Source identified as UAT; decision to restore the pre-load backup");
        timeline(first, "2026-11-19T06:45:00Z", "Migration re-run from production data, verified by hand; members log in again");
        ActionItem gateItem = action(migration, "Block migration milestones on a passing reconciliation gate, source confirmed as production",
                "maria", "2026-11-30", true, risks.get("Migration loads data from the wrong source environment"));
        gateItem.became(null, idOf(gates.get("Historical member migration / Data reconciliation")), null);
        ActionItem toolItem = action(migration, "Take the data-comparison tool back to the sponsor with this incident's cost",
                "maria", "2026-12-05", true, risks.get("Migration loads data from the wrong source environment"));
        toolItem.became(null, null, idOf(investments.get("Data comparison tool")));
        action(migration, "Rehearse the rollback of the migration end to end", "cole", "2026-11-26", true,
                risks.get("No rehearsed rollback for the historical migration"));

        // Story 2: the wrong snapshot; a colleague's hourly snapshots limited the loss to 90 minutes.
        Incident snapshot = incident(projects.get("OPS"), null,
                "17-hour-old snapshot restored onto the live production database", Severity.SEV1,
                "2026-10-08T14:20:00Z", "2026-10-08T14:35:00Z", "2026-10-08T18:05:00Z",
                "An engineer restored last night's snapshot onto what he believed was the test server; it was production.");
        snapshot.dataLostMinutes = 90;
        snapshot.nearMiss = true;
        snapshot.lossAvoidedByLuck = new BigDecimal("85000.00");
        materialized(snapshot, risks.get("Restore applied to production instead of a test server"));
        labor(snapshot, "40", "110.00", "Restore from the colleague's hourly snapshot and replay");
        loss(snapshot, LossType.DATA_LOSS, "3000.00", "Re-keying 90 minutes of orders");
        Postmortem second = postmortem(snapshot,
                "A 17-hour-old snapshot was restored onto production instead of the test server. A colleague's hourly snapshots limited the loss to 90 minutes.",
                "90 minutes of orders lost and re-keyed; production degraded for almost 4 hours.",
                "Production and test servers look alike on the console, and nothing asked for the target to be confirmed.",
                "Official snapshots run only every 24 hours.",
                "Detection took 15 minutes; the colleague's snapshots were found quickly.",
                "A colleague happened to keep hourly snapshots of his own: without them 17 hours of data were gone.");
        timeline(second, "2026-10-08T14:20:00Z", "Restore started onto the live database");
        timeline(second, "2026-10-08T14:35:00Z", "Orders missing; restore identified");
        timeline(second, "2026-10-08T15:10:00Z", "Colleague's hourly snapshot from 12:50 found");
        timeline(second, "2026-10-08T18:05:00Z", "Production restored from it; 90 minutes re-keyed");
        ActionItem official = action(snapshot, "Make the hourly snapshots official and drill restores every quarter", "maria", "2026-10-31",
                true, risks.get("Newest restore point older than the recovery point objective"));
        official.became(null, null, idOf(investments.get("Hourly snapshots and quarterly restore drill")));
        done(official, "2026-10-20T12:00:00Z", "maria");
        ActionItem confirm = action(snapshot, "Confirm the target environment by name and host before any restore", "cole", "2026-10-15", true,
                risks.get("Restore applied to production instead of a test server"));
        confirm.became(null, idOf(gates.get("Quarterly restore drill / Target environment confirmed")), null);
        done(confirm, "2026-10-14T09:00:00Z", "cole");

        // Story 3: the locking schema change in tax season: 20 minutes without payments.
        Incident lock = incident(projects.get("PAY"), null,
                "Compliance column locked the payments ledger during tax season", Severity.SEV1,
                "2026-04-14T10:02:00Z", "2026-04-14T10:04:00Z", "2026-04-14T10:22:00Z",
                "ALTER TABLE on the ledger took an exclusive lock under peak tax-season load; payments failed for 20 minutes.");
        materialized(lock, risks.get("Schema change takes a table lock under peak load"));
        materialized(lock, risks.get("Staging has no production-like load"));
        loss(lock, LossType.REVENUE, "18000.00", "Payments not taken for 20 minutes at peak");
        loss(lock, LossType.PENALTY, "5000.00", "Regulator's late-filing penalty passed on to clients");
        labor(lock, "24", "90.00", "Incident response and rollback");
        Postmortem third = postmortem(lock,
                "Adding a compliance column locked the payments ledger for 20 minutes at the height of tax season.",
                "20 minutes without payments during tax season; EUR 25,160 in typed losses.",
                "The ALTER rewrote and locked the ledger table; the change had passed in staging, which has no realistic load.",
                "The change window was chosen for the compliance deadline, not for load.",
                "Monitoring paged within 2 minutes; rollback was fast.",
                "It was 10:02, not the 12:00 peak.");
        timeline(third, "2026-04-14T10:02:00Z", "ALTER TABLE starts on the ledger");
        timeline(third, "2026-04-14T10:04:00Z", "Payment errors page the on-call engineer");
        timeline(third, "2026-04-14T10:22:00Z", "Statement cancelled; payments resume");
        ActionItem tool = action(lock, "Change the ledger with an online schema-change tool", "maria", "2027-01-31", true,
                risks.get("Schema change takes a table lock under peak load"));
        tool.became(null, null, idOf(investments.get("Online schema-change tool")));
        ActionItem rehearsal = action(lock, "Rehearse schema changes under replayed peak load", "cole", "2027-02-15", true,
                risks.get("Staging has no production-like load"));
        rehearsal.became(null, idOf(gates.get("Compliance column on the payments ledger / Load-realistic rehearsal")), null);

        // Story 4: post-mortems that change something, and one fix that did not hold.
        Incident disk = incident(projects.get("REL"), null, "Reporting database ran out of disk", Severity.SEV3,
                "2026-06-02T03:00:00Z", "2026-06-02T07:40:00Z", "2026-06-02T09:10:00Z",
                "Nightly reports failed; the disk had filled with old exports.");
        materialized(disk, risks.get("A fixed failure recurs because the fix did not hold"));
        labor(disk, "6", "100.00", "Clean-up and re-run of the nightly reports");
        Postmortem fourth = postmortem(disk, "The reporting disk filled up and the nightly reports failed.",
                "Reports 6 hours late for 40 internal users.", "Old exports were never cleaned up.", "No disk alert.",
                "Re-run was scripted.", "Month-end was a week away.");
        ActionItem alert = action(disk, "Alert at 80% disk and purge exports older than 30 days", "cole", "2026-06-10", true,
                risks.get("A fixed failure recurs because the fix did not hold"));
        done(alert, "2026-06-09T16:00:00Z", "cole");
        action(disk, "Review open post-mortem actions in the weekly operations meeting", "maria", "2026-11-01", true,
                risks.get("Post-mortem action items are not tracked to closure"));

        Incident again = incident(projects.get("REL"), null, "Reporting database ran out of disk again", Severity.SEV3,
                "2026-09-12T02:30:00Z", "2026-09-12T02:45:00Z", "2026-09-12T03:30:00Z",
                "The purge job had been disabled during a migration and never re-enabled; the alert fired but at 02:45.");
        materialized(again, risks.get("A fixed failure recurs because the fix did not hold"));
        labor(again, "3", "100.00", "Clean-up");
        postmortem(again, "The disk filled again: the purge job was off.", "Reports 1 hour late.",
                "A disabled job has no owner and no alarm.", null, "The alert from the first post-mortem fired.", null);
        action(again, "Alarm when a scheduled job has not run for 2 days", "cole", "2026-12-15", false,
                risks.get("A fixed failure recurs because the fix did not hold"));
    }

    private Incident incident(Project project, Milestone milestone, String title, Severity severity, String occurred, String detected,
            String resolved, String description) {
        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.projectId = project.id;
        incident.milestoneId = milestone == null ? null : milestone.id;
        incident.title = title;
        incident.description = description;
        incident.severity = severity;
        incident.occurredAt = OffsetDateTime.parse(occurred);
        incident.detectedAt = OffsetDateTime.parse(detected);
        incident.resolvedAt = OffsetDateTime.parse(resolved);
        incident.reportedBy = "cole";
        em.persist(incident);
        return incident;
    }

    private void materialized(Incident incident, Risk risk) {
        risk.materialize();
        IncidentRisk link = new IncidentRisk();
        link.id = UUID.randomUUID();
        link.projectId = incident.projectId;
        link.incidentId = incident.id;
        link.riskId = risk.id;
        em.persist(link);
    }

    private void labor(Incident incident, String hours, String rate, String note) {
        BigDecimal h = new BigDecimal(hours);
        BigDecimal r = new BigDecimal(rate);
        lossItem(incident, LossType.LABOR, h.multiply(r).setScale(2, RoundingMode.HALF_EVEN), h, r, note);
    }

    private void loss(Incident incident, LossType type, String amount, String note) {
        lossItem(incident, type, new BigDecimal(amount), null, null, note);
    }

    /** Every column is set before persist: the insert carries the state at persist time, and checks apply to it. */
    private void lossItem(Incident incident, LossType type, BigDecimal amount, BigDecimal hours, BigDecimal rate, String note) {
        LossItem item = new LossItem();
        item.hours = hours;
        item.hourlyRate = rate;
        item.id = UUID.randomUUID();
        item.projectId = incident.projectId;
        item.incidentId = incident.id;
        item.type = type;
        item.amount = amount;
        item.note = note;
        item.recordedBy = "maria";
        em.persist(item);
    }

    private Postmortem postmortem(Incident incident, String summary, String impact, String rootCauses, String contributing,
            String wentWell, String lucky) {
        Postmortem postmortem = new Postmortem();
        postmortem.id = UUID.randomUUID();
        postmortem.projectId = incident.projectId;
        postmortem.incidentId = incident.id;
        postmortem.summary = summary;
        postmortem.impact = impact;
        postmortem.rootCauses = rootCauses;
        postmortem.contributingFactors = contributing;
        postmortem.whatWentWell = wentWell;
        postmortem.whereWeGotLucky = lucky;
        postmortem.status = PostmortemStatus.PUBLISHED;
        postmortem.publishedAt = incident.resolvedAt.plusDays(3);
        postmortem.publishedBy = "maria";
        em.persist(postmortem);
        return postmortem;
    }

    private void timeline(Postmortem postmortem, String at, String description) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.projectId = postmortem.projectId;
        entry.postmortemId = postmortem.id;
        entry.at = OffsetDateTime.parse(at);
        entry.description = description;
        entry.recordedBy = "cole";
        em.persist(entry);
    }

    private ActionItem action(Incident incident, String title, String owner, String due, boolean committed, Risk target) {
        ActionItem item = ActionItem.open(incident.projectId, incident.id, title);
        item.ownerUsername = owner;
        item.dueDate = LocalDate.parse(due);
        item.committed = committed;
        item.targetRiskId = target == null ? null : target.id;
        em.persist(item);
        return item;
    }

    private static void done(ActionItem item, String at, String by) {
        item.changeStatus(ActionItemStatus.DONE, null, by, OffsetDateTime.parse(at));
    }

    private static UUID idOf(QualityGate gate) {
        return gate == null ? null : gate.id;
    }

    private static UUID idOf(Investment investment) {
        return investment == null ? null : investment.id;
    }
}
