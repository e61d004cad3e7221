package io.averted.support;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.averted.milestone.GateKind;
import io.averted.milestone.GateOutcome;
import io.averted.milestone.GateStatus;
import io.averted.milestone.Milestone;
import io.averted.milestone.MilestoneKind;
import io.averted.milestone.MilestoneStatus;
import io.averted.milestone.QualityGate;
import io.averted.prevention.Investment;
import io.averted.prevention.InvestmentDecision;
import io.averted.prevention.InvestmentKind;
import io.averted.prevention.InvestmentOperatingStatus;
import io.averted.prevention.InvestmentStatus;
import io.averted.prevention.Mitigation;
import io.averted.project.Project;
import io.averted.project.ProjectMember;
import io.averted.project.ProjectRole;
import io.averted.project.ProjectStatus;
import io.averted.risk.Risk;
import io.averted.risk.RiskCategory;
import io.averted.risk.RiskResponse;
import io.averted.risk.RiskStatus;

/** Builds the data a test needs directly in the database, recorded as made by "test-fixture". */
@ApplicationScoped
public class TestData {

    @Inject
    EntityManager em;

    /** A project with a fresh unique key, and the given members as "username:ROLE". */
    @Transactional
    public Project project(String currency, String... members) {
        stamp();
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.key = uniqueKey();
        project.name = "Project " + project.key;
        project.currency = currency;
        project.status = ProjectStatus.ACTIVE;
        em.persist(project);
        for (String member : members) {
            String[] parts = member.split(":");
            ProjectMember m = new ProjectMember();
            m.id = UUID.randomUUID();
            m.projectId = project.id;
            m.username = parts[0];
            m.displayName = Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1);
            m.role = ProjectRole.valueOf(parts[1]);
            em.persist(m);
        }
        return project;
    }

    /** Adds a member bound to a token subject ({@code sub}). */
    @Transactional
    public void addMember(UUID projectId, String username, String role, String subject) {
        stamp();
        ProjectMember m = new ProjectMember();
        m.id = UUID.randomUUID();
        m.projectId = projectId;
        m.username = username;
        m.displayName = username;
        m.role = ProjectRole.valueOf(role);
        m.subject = subject;
        em.persist(m);
    }

    @Transactional
    public Risk risk(UUID projectId, String title, String probability, String lossLow, String lossHigh, int likelihood, int impact) {
        stamp();
        Risk risk = Risk.identify(projectId, RiskStatus.IDENTIFIED);
        risk.title = title;
        risk.category = RiskCategory.DATA_INTEGRITY;
        risk.response = RiskResponse.MITIGATE;
        risk.likelihood = (short) likelihood;
        risk.impact = (short) impact;
        risk.probability = new BigDecimal(probability);
        risk.lossLow = new BigDecimal(lossLow);
        risk.lossHigh = new BigDecimal(lossHigh);
        em.persist(risk);
        return risk;
    }

    /** An investment in the given status; one past PROPOSED carries a decision by "sam". */
    @Transactional
    public Investment investment(UUID projectId, String name, InvestmentStatus status, String oneTimeCost, String annualCost) {
        stamp();
        Investment investment = Investment.propose(projectId, name, InvestmentKind.TOOL, new BigDecimal(oneTimeCost),
                new BigDecimal(annualCost), "maria");
        if (status != InvestmentStatus.PROPOSED) {
            // Through the same transitions as investmentDecide and investmentStatusSet; decided before the fixture incidents.
            investment.decide(status == InvestmentStatus.REJECTED ? InvestmentDecision.REJECTED : InvestmentDecision.APPROVED,
                    "Decided by the fixture.", "sam", OffsetDateTime.parse("2026-10-01T09:00:00Z"));
            if (status == InvestmentStatus.ACTIVE || status == InvestmentStatus.RETIRED) {
                investment.operate(InvestmentOperatingStatus.valueOf(status.name()));
            }
        }
        em.persist(investment);
        return investment;
    }

    @Transactional
    public Mitigation mitigation(Investment investment, Risk risk, String probabilityReduction, String lossReduction) {
        stamp();
        Mitigation mitigation = new Mitigation();
        mitigation.id = UUID.randomUUID();
        mitigation.projectId = investment.projectId;
        mitigation.investmentId = investment.id;
        mitigation.riskId = risk.id;
        mitigation.probabilityReduction = new BigDecimal(probabilityReduction);
        mitigation.lossReduction = new BigDecimal(lossReduction);
        em.persist(mitigation);
        return mitigation;
    }

    @Transactional
    public String investmentStatus(UUID investmentId) {
        return (String) em.createNativeQuery("select status from investment where id = :id")
                .setParameter("id", investmentId).getSingleResult();
    }

    /** Rows of {@code table} (one with a project_id column) that belong to the project. */
    @Transactional
    public long countInProject(String table, UUID projectId) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where project_id = :id")
                .setParameter("id", projectId).getSingleResult()).longValue();
    }

    @Transactional
    public Milestone milestone(UUID projectId, String name) {
        stamp();
        Milestone milestone = Milestone.plan(projectId, name, MilestoneKind.OTHER, java.time.LocalDate.of(2026, 12, 1));
        milestone.setStatus(MilestoneStatus.IN_PROGRESS);
        em.persist(milestone);
        return milestone;
    }

    /** A gate in the given state, as if results (or a waiver) had set it. */
    @Transactional
    public QualityGate removedGate(Milestone milestone, String name) {
        QualityGate gate = gate(milestone, name, false, GateStatus.PENDING);
        stamp();
        QualityGate managed = em.find(QualityGate.class, gate.id);
        managed.remove("fixture", "test-fixture", java.time.OffsetDateTime.now());
        return managed;
    }

    @Transactional
    public QualityGate gate(Milestone milestone, String name, boolean blocking, GateStatus status) {
        stamp();
        QualityGate gate = QualityGate.pending(milestone, name, GateKind.CUSTOM, null, blocking);
        // Through the same transitions as a recorded result or a waiver.
        switch (status) {
            case PASSED -> gate.record(GateOutcome.PASSED, "test-fixture", java.time.OffsetDateTime.now());
            case FAILED -> gate.record(GateOutcome.FAILED, "test-fixture", java.time.OffsetDateTime.now());
            case WAIVED -> gate.waive("fixture", "test-fixture", java.time.OffsetDateTime.now());
            case PENDING -> { }
        }
        em.persist(gate);
        return gate;
    }

    @Transactional
    public void assignMilestone(UUID riskId, UUID milestoneId) {
        stamp();
        em.find(Risk.class, riskId).milestoneId = milestoneId;
    }

    @Transactional
    public void closeRisk(UUID riskId) {
        stamp();
        em.find(Risk.class, riskId).close(null);
    }

    /** Links an incident to a risk it materialized, as incidentReport does. */
    @Transactional
    public void materialize(UUID incidentId, UUID riskId) {
        stamp();
        Risk risk = em.find(Risk.class, riskId);
        risk.materialize();
        io.averted.incident.IncidentRisk link = new io.averted.incident.IncidentRisk();
        link.id = UUID.randomUUID();
        link.projectId = risk.projectId;
        link.incidentId = incidentId;
        link.riskId = riskId;
        em.persist(link);
    }

    /** A loss item; LABOR with hours and rate. */
    @Transactional
    public void loss(UUID incidentId, String type, String amount, String hours, String rate) {
        stamp();
        io.averted.incident.Incident incident = em.find(io.averted.incident.Incident.class, incidentId);
        io.averted.incident.LossItem item = new io.averted.incident.LossItem();
        item.id = UUID.randomUUID();
        item.projectId = incident.projectId;
        item.incidentId = incidentId;
        item.type = io.averted.incident.LossType.valueOf(type);
        item.amount = new BigDecimal(amount);
        item.hours = hours == null ? null : new BigDecimal(hours);
        item.hourlyRate = rate == null ? null : new BigDecimal(rate);
        item.recordedBy = "test-fixture";
        em.persist(item);
    }

    /** An incident with its DRAFT post-mortem, as incidentReport would leave it. */
    @Transactional
    public UUID incident(UUID projectId, String title) {
        stamp();
        io.averted.incident.Incident incident = new io.averted.incident.Incident();
        incident.id = UUID.randomUUID();
        incident.projectId = projectId;
        incident.title = title;
        incident.severity = io.averted.incident.Severity.SEV2;
        incident.occurredAt = java.time.OffsetDateTime.parse("2026-11-01T10:00:00Z");
        incident.detectedAt = java.time.OffsetDateTime.parse("2026-11-01T10:10:00Z");
        incident.reportedBy = "test-fixture";
        em.persist(incident);
        io.averted.incident.Postmortem postmortem = new io.averted.incident.Postmortem();
        postmortem.id = UUID.randomUUID();
        postmortem.projectId = projectId;
        postmortem.incidentId = incident.id;
        postmortem.status = io.averted.incident.PostmortemStatus.DRAFT;
        em.persist(postmortem);
        return incident.id;
    }

    /** An OPEN action item of an incident, owned by the given user. */
    @Transactional
    public UUID actionItem(UUID projectId, UUID incidentId, String title, String owner) {
        stamp();
        io.averted.incident.ActionItem item = io.averted.incident.ActionItem.open(projectId, incidentId, title);
        item.ownerUsername = owner;
        em.persist(item);
        return item.id;
    }

    @Transactional
    public long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    @Transactional
    public long riskCount(UUID projectId) {
        return ((Number) em.createNativeQuery("select count(*) from risk where project_id = :id")
                .setParameter("id", projectId).getSingleResult()).longValue();
    }

    @Transactional
    public long historyCount(UUID entityId) {
        return ((Number) em.createNativeQuery("select count(*) from history where entity_id = :id")
                .setParameter("id", entityId).getSingleResult()).longValue();
    }

    private void stamp() {
        em.createNativeQuery("select set_config('averted.actor', 'test-fixture', true)").getSingleResult();
    }

    public static String uniqueKey() {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder key = new StringBuilder("T");
        for (int i = 0; i < 8; i++) {
            key.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return key.toString();
    }
}
