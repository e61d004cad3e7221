package io.averted.incident;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.averted.milestone.MilestoneService;
import io.averted.project.Project;
import io.averted.project.ProjectAccess;
import io.averted.project.ProjectAction;
import io.averted.risk.RiskService;
import io.averted.shared.Change;
import io.averted.shared.InputValidator;
import io.averted.shared.PageRequest;
import io.averted.shared.Rejected;
import io.averted.shared.Result;
import io.averted.shared.UserError;
import io.averted.shared.UserErrorCode;
import io.averted.shared.security.CurrentUser;

@ApplicationScoped
public class IncidentService {

    @Inject
    CurrentUser user;

    @Inject
    ProjectAccess access;

    @Inject
    IncidentRepository incidents;

    @Inject
    RiskService risks;

    @Inject
    MilestoneService milestones;

    @Inject
    InputValidator validator;

    /** An incident with its project, when the user may read the project. */
    public record Found(Incident incident, Project project) {
    }

    public Optional<Found> readable(UUID incidentId) {
        return incidents.findByIdOptional(incidentId).flatMap(i -> access.readable(i.projectId).map(p -> new Found(i, p)));
    }

    /** How many incidents each project has, in one statement (the caller has checked the projects are readable). */
    public java.util.Map<UUID, Long> counts(Collection<UUID> projectIds) {
        return incidents.counts(projectIds);
    }

    /** A keyset page of each project's incidents (the caller has checked the projects are readable), in one statement. */
    public List<Incident> pages(Collection<UUID> projectIds, PageRequest page) {
        return incidents.pages(projectIds, page);
    }

    public List<Incident> ofProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of() : incidents.ofProjects(projectIds);
    }

    public List<Incident> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : incidents.list("id in ?1", ids);
    }

    public List<IncidentRisk> risksOf(Collection<UUID> incidentIds) {
        return incidentIds.isEmpty() ? List.of() : incidents.risksOf(incidentIds);
    }

    public List<IncidentRisk> incidentsOfRisks(Collection<UUID> riskIds) {
        return riskIds.isEmpty() ? List.of() : incidents.incidentsOfRisks(riskIds);
    }

    public List<LossItem> lossesOf(Collection<UUID> incidentIds) {
        return incidentIds.isEmpty() ? List.of() : incidents.lossesOf(incidentIds);
    }

    /** Reports an incident: marks its risks MATERIALIZED and opens a DRAFT post-mortem, in one transaction. */
    @Transactional
    public Result<Incident> report(IncidentReportInput input) {
        return Change.of(access.readable(input.projectId()), "projectId", "The project")
                .authorize(project -> access.require(project, ProjectAction.REPORT_INCIDENT))
                .validate(validator.validate(input))
                .check(project -> {
                    List<UserError> errors = new ArrayList<>();
                    checkTimes(input.occurredAt(), input.detectedAt(), input.resolvedAt(), errors);
                    checkLuck(Boolean.TRUE.equals(input.nearMiss()), input.lossAvoidedByLuck(), errors);
                    if (input.milestoneId() != null
                            && milestones.readable(List.of(input.milestoneId())).stream().noneMatch(m -> m.projectId.equals(project.id))) {
                        errors.add(UserError.of(UserErrorCode.INVALID, "milestoneId", "the milestone is not one of project " + project.key));
                    }
                    return errors;
                })
                .apply(project -> open(project, input));
    }

    private Incident open(Project project, IncidentReportInput input) {
        List<UUID> riskIds = input.riskIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(input.riskIds()));
        List<UUID> unknown = risks.materialize(project.id, riskIds);
        if (!unknown.isEmpty()) {
            throw new Rejected(List.of(UserError.of(UserErrorCode.INVALID, "riskIds",
                    "not risks of project " + project.key + ": " + unknown)));
        }
        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.projectId = project.id;
        incident.milestoneId = input.milestoneId();
        incident.title = input.title().strip();
        incident.description = input.description();
        incident.severity = input.severity();
        incident.occurredAt = input.occurredAt();
        incident.detectedAt = input.detectedAt();
        incident.resolvedAt = input.resolvedAt();
        incident.dataLostMinutes = input.dataLostMinutes();
        incident.dataLostRecords = input.dataLostRecords();
        incident.nearMiss = Boolean.TRUE.equals(input.nearMiss());
        incident.lossAvoidedByLuck = input.lossAvoidedByLuck();
        incident.reportedBy = user.username();
        incidents.persist(incident);
        for (UUID riskId : riskIds) {
            IncidentRisk link = new IncidentRisk();
            link.id = UUID.randomUUID();
            link.projectId = project.id;
            link.incidentId = incident.id;
            link.riskId = riskId;
            incidents.getEntityManager().persist(link);
        }
        Postmortem postmortem = new Postmortem();
        postmortem.id = UUID.randomUUID();
        postmortem.projectId = project.id;
        postmortem.incidentId = incident.id;
        postmortem.status = PostmortemStatus.DRAFT;
        incidents.getEntityManager().persist(postmortem);
        incidents.flush();
        return incident;
    }

    @Transactional
    public Result<Incident> update(IncidentUpdateInput input) {
        return Change.of(readable(input.id()), "id", "The incident")
                .authorize(found -> access.require(found.project(), ProjectAction.REPORT_INCIDENT))
                .validate(validator.validate(input))
                .check(found -> {
                    Incident incident = found.incident();
                    List<UserError> errors = new ArrayList<>();
                    checkTimes(or(input.occurredAt(), incident.occurredAt), or(input.detectedAt(), incident.detectedAt),
                            or(input.resolvedAt(), incident.resolvedAt), errors);
                    checkLuck(or(input.nearMiss(), incident.nearMiss), or(input.lossAvoidedByLuck(), incident.lossAvoidedByLuck), errors);
                    return errors;
                })
                .version(Found::incident, input.version())
                .apply(found -> {
                    Incident incident = found.incident();
                    if (input.title() != null) incident.title = input.title().strip();
                    if (input.description() != null) incident.description = input.description();
                    if (input.severity() != null) incident.severity = input.severity();
                    if (input.occurredAt() != null) incident.occurredAt = input.occurredAt();
                    if (input.detectedAt() != null) incident.detectedAt = input.detectedAt();
                    if (input.resolvedAt() != null) incident.resolvedAt = input.resolvedAt();
                    if (input.dataLostMinutes() != null) incident.dataLostMinutes = input.dataLostMinutes();
                    if (input.dataLostRecords() != null) incident.dataLostRecords = input.dataLostRecords();
                    if (input.nearMiss() != null) incident.nearMiss = input.nearMiss();
                    if (input.lossAvoidedByLuck() != null) incident.lossAvoidedByLuck = input.lossAvoidedByLuck();
                    incidents.flush();
                    return incident;
                });
    }

    /** Adds a typed loss. LABOR is costed as hours x the rate given now, and keeps that rate. */
    @Transactional
    public Result<LossItem> addLoss(IncidentAddLossInput input) {
        boolean labor = input.type() == LossType.LABOR;
        return Change.of(readable(input.incidentId()), "incidentId", "The incident")
                .authorize(found -> access.require(found.project(), ProjectAction.REPORT_INCIDENT))
                .validate(validator.validate(input))
                .check(found -> costingProblems(input))
                .apply(found -> {
                    LossItem loss = new LossItem();
                    loss.id = UUID.randomUUID();
                    loss.projectId = found.incident().projectId;
                    loss.incidentId = found.incident().id;
                    loss.type = input.type();
                    loss.hours = input.hours();
                    loss.hourlyRate = input.hourlyRate();
                    loss.amount = labor ? input.hours().multiply(input.hourlyRate()).setScale(2, RoundingMode.HALF_EVEN) : input.amount();
                    loss.note = input.note();
                    loss.recordedBy = user.username();
                    incidents.getEntityManager().persist(loss);
                    incidents.flush();
                    return loss;
                });
    }

    /** LABOR is hours at a rate; every other type is an amount. */
    private static List<UserError> costingProblems(IncidentAddLossInput input) {
        List<UserError> errors = new ArrayList<>();
        if (input.type() == LossType.LABOR) {
            if (input.hours() == null) errors.add(UserError.of(UserErrorCode.REQUIRED, "hours", "LABOR needs hours"));
            if (input.hourlyRate() == null) errors.add(UserError.of(UserErrorCode.REQUIRED, "hourlyRate", "LABOR needs hourlyRate"));
            if (input.amount() != null) errors.add(UserError.of(UserErrorCode.INVALID, "amount", "LABOR is costed as hours x hourlyRate; leave amount out"));
        } else {
            if (input.amount() == null) errors.add(UserError.of(UserErrorCode.REQUIRED, "amount", input.type() + " needs an amount"));
            if (input.hours() != null || input.hourlyRate() != null) {
                errors.add(UserError.of(UserErrorCode.INVALID, input.hours() != null ? "hours" : "hourlyRate", "only LABOR has hours and a rate"));
            }
        }
        return errors;
    }

    private static void checkTimes(OffsetDateTime occurred, OffsetDateTime detected, OffsetDateTime resolved, List<UserError> errors) {
        if (occurred != null && detected != null && detected.isBefore(occurred)) {
            errors.add(UserError.of(UserErrorCode.INVALID, "detectedAt", "detectedAt must not be before occurredAt"));
        }
        if (detected != null && resolved != null && resolved.isBefore(detected)) {
            errors.add(UserError.of(UserErrorCode.INVALID, "resolvedAt", "resolvedAt must not be before detectedAt"));
        }
    }

    private static void checkLuck(boolean nearMiss, BigDecimal avoided, List<UserError> errors) {
        if (!nearMiss && avoided != null) {
            errors.add(UserError.of(UserErrorCode.INVALID, "lossAvoidedByLuck", "only a near-miss has a loss avoided by luck"));
        }
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
