package io.averted.milestone;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.averted.project.Project;
import io.averted.project.ProjectAccess;
import io.averted.project.ProjectAction;
import io.averted.shared.InputValidator;
import io.averted.shared.Result;
import io.averted.shared.UserError;
import io.averted.shared.UserErrorCode;
import io.averted.shared.security.CurrentUser;

@ApplicationScoped
public class GateService {

    @Inject
    CurrentUser user;

    @Inject
    ProjectAccess access;

    @Inject
    MilestoneRepository milestones;

    @Inject
    QualityGateRepository gates;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    /** A gate with its milestone's project, when the user may read it. */
    public record Found(QualityGate gate, Project project) {
    }

    /** A recorded result with the gate it now decides. */
    public record Recorded(QualityGate gate, GateResult result) {
    }

    public Optional<Found> readable(UUID gateId) {
        return gates.findByIdOptional(gateId).flatMap(g -> access.readable(g.projectId).map(p -> new Found(g, p)));
    }

    /** Gates by id, for resolvers whose parents are already readable. */
    public List<QualityGate> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : gates.list("id in ?1", ids);
    }

    public List<QualityGate> ofMilestones(Collection<UUID> milestoneIds) {
        return milestoneIds.isEmpty() ? List.of() : gates.ofMilestones(milestoneIds);
    }

    /** Results of the gates, newest first, in one statement. */
    public List<GateResult> resultsOf(Collection<UUID> gateIds) {
        return gateIds.isEmpty() ? List.of() : gates.resultsOf(gateIds);
    }

    public List<GateMeasurement> measurementsOf(Collection<UUID> resultIds) {
        return resultIds.isEmpty() ? List.of() : gates.measurementsOf(resultIds);
    }

    /** Every result recorded in the projects, for cost-of-quality figures. */
    public List<GateResult> resultsOfProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of() : gates.getEntityManager()
                .createQuery("from GateResult r where r.projectId in :ids order by r.seq", GateResult.class)
                .setParameter("ids", projectIds).getResultList();
    }

    public List<GateTemplate> templates(MilestoneKind kind) {
        return gates.templates(kind);
    }

    /** Adds the gates the template table suggests for the milestone's kind (in the caller's transaction). */
    void addTemplateGates(Milestone milestone) {
        for (GateTemplate template : gates.templates(milestone.kind)) {
            gates.persist(newGate(milestone, template.name, template.gateKind, template.criteria, template.blocking, null));
        }
    }

    @Transactional
    public Result<QualityGate> create(QualityGateCreateInput input) {
        // Shares the milestone's row lock with other writers but waits for a completion in progress, so a gate
        // cannot slip onto a milestone that is becoming DONE.
        Optional<Milestone> milestone = milestones.findByIdOptional(input.milestoneId(), LockModeType.PESSIMISTIC_READ);
        Optional<Project> project = milestone.flatMap(m -> access.readable(m.projectId));
        if (project.isEmpty()) {
            return Result.rejected(UserError.notFound("milestoneId", "The milestone"));
        }
        access.require(project.get(), ProjectAction.PLAN_MILESTONES);
        List<UserError> errors = new ArrayList<>(validator.validate(input));
        if (milestone.get().status == MilestoneStatus.DONE) {
            errors.add(UserError.of(UserErrorCode.INVALID, "milestoneId", "the milestone is already done; reopen it first"));
        }
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        QualityGate gate = newGate(milestone.get(), input.name().strip(), input.kind(), input.criteria(),
                !Boolean.FALSE.equals(input.blocking()), input.automatedByInvestmentId());
        gates.persist(gate);
        gates.flush();
        return Result.ok(gate);
    }

    @Transactional
    public Result<QualityGate> remove(QualityGateRemoveInput input) {
        Optional<Found> found = readable(input.id());
        if (found.isEmpty()) {
            return Result.rejected(UserError.notFound("id", "The gate"));
        }
        QualityGate gate = found.get().gate();
        Project project = found.get().project();
        boolean sponsorLetsGo = gate.blocksCompletion() && access.may(project, ProjectAction.LET_GATE_GO);
        if (!sponsorLetsGo) {
            access.require(project, ProjectAction.PLAN_MILESTONES);
        }
        if (gate.blocksCompletion() && !sponsorLetsGo) {
            // The story-1 failure: removing a failing blocking gate would let the milestone complete past it.
            return Result.rejected(UserError.of(UserErrorCode.SPONSOR_REQUIRED, "id",
                    "Blocking gate \"" + gate.name + "\" is " + gate.status + "; only the project's sponsor can let it go: "
                            + "ask the sponsor to waive it, with a reason."));
        }
        List<UserError> errors = new ArrayList<>(validator.validate(input));
        if (gate.removed()) {
            errors.add(UserError.of(UserErrorCode.INVALID, "id", "the gate is already removed"));
        }
        if (gate.version != input.version()) {
            errors.add(UserError.conflict());
        }
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        gate.removedAt = OffsetDateTime.now(clock);
        gate.removedBy = user.username();
        gate.removalReason = input.reason().strip();
        gates.flush();
        return Result.ok(gate);
    }

    /**
     * Records a result with its evidence; the gate's status becomes its outcome. The gate row is locked
     * meanwhile, so results recorded at the same moment are applied one after the other, newest last,
     * without asking pipelines for a version.
     */
    @Transactional
    public Result<Recorded> recordResult(QualityGateRecordResultInput input) {
        Optional<QualityGate> locked = gates.findForUpdate(input.gateId());
        Optional<Project> project = locked.flatMap(g -> access.readable(g.projectId));
        if (project.isEmpty()) {
            return Result.rejected(UserError.notFound("gateId", "The gate"));
        }
        QualityGate gate = locked.get();
        access.require(project.get(), ProjectAction.RECORD_EVIDENCE);
        List<UserError> errors = new ArrayList<>(validator.validate(input));
        if (gate.removed()) {
            errors.add(UserError.of(UserErrorCode.INVALID, "gateId", "the gate was removed from its milestone"));
        }
        if ((input.effortHours() != null || input.reworkHours() != null) && input.hourlyRate() == null) {
            errors.add(UserError.of(UserErrorCode.REQUIRED, "hourlyRate", "hours are costed at an hourly rate"));
        }
        if (input.reworkHours() != null && input.outcome() != GateOutcome.FAILED) {
            errors.add(UserError.of(UserErrorCode.INVALID, "reworkHours", "only a failed result causes rework"));
        }
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        GateResult result = new GateResult();
        result.effortHours = input.effortHours();
        result.reworkHours = input.reworkHours();
        result.hourlyRate = input.hourlyRate();
        result.id = UUID.randomUUID();
        result.projectId = gate.projectId;
        result.gateId = gate.id;
        result.outcome = input.outcome();
        result.note = input.note();
        result.link = input.link();
        result.recordedBy = user.username();
        gates.getEntityManager().persist(result);
        List<MeasurementInput> measurements = input.measurements() == null ? List.of() : input.measurements();
        for (int i = 0; i < measurements.size(); i++) {
            GateMeasurement measurement = new GateMeasurement();
            measurement.resultId = result.id;
            measurement.position = (short) i;
            measurement.name = measurements.get(i).name().strip();
            measurement.value = measurements.get(i).value();
            measurement.unit = measurements.get(i).unit();
            gates.getEntityManager().persist(measurement);
        }
        gate.status = input.outcome() == GateOutcome.PASSED ? GateStatus.PASSED : GateStatus.FAILED;
        gate.decidedBy = user.username();
        gate.decidedAt = OffsetDateTime.now(clock);
        gate.waiverReason = null;
        gates.flush();
        return Result.ok(new Recorded(gate, result));
    }

    /** The sponsor accepts the milestone without this gate passing, and says why. */
    @Transactional
    public Result<QualityGate> waive(QualityGateWaiveInput input) {
        Optional<Found> found = readable(input.id());
        if (found.isEmpty()) {
            return Result.rejected(UserError.notFound("id", "The gate"));
        }
        QualityGate gate = found.get().gate();
        access.require(found.get().project(), ProjectAction.WAIVE_GATE);
        List<UserError> errors = new ArrayList<>(validator.validate(input));
        if (input.reason() == null || input.reason().isBlank()) {
            errors.add(UserError.of(UserErrorCode.REQUIRED, "reason", "reason is required to waive a gate"));
        }
        if (gate.removed()) {
            errors.add(UserError.of(UserErrorCode.INVALID, "id", "the gate was removed from its milestone"));
        } else if (gate.status == GateStatus.PASSED || gate.status == GateStatus.WAIVED) {
            errors.add(UserError.of(UserErrorCode.INVALID, "id", "the gate is already " + gate.status));
        }
        if (gate.version != input.version()) {
            errors.add(UserError.conflict());
        }
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        gate.status = GateStatus.WAIVED;
        gate.waiverReason = input.reason().strip();
        gate.decidedBy = user.username();
        gate.decidedAt = OffsetDateTime.now(clock);
        gates.flush();
        return Result.ok(gate);
    }

    private static QualityGate newGate(Milestone milestone, String name, GateKind kind, String criteria, boolean blocking,
            UUID automatedBy) {
        QualityGate gate = new QualityGate();
        gate.id = UUID.randomUUID();
        gate.projectId = milestone.projectId;
        gate.milestoneId = milestone.id;
        gate.name = name;
        gate.kind = kind;
        gate.criteria = criteria;
        gate.blocking = blocking;
        gate.status = GateStatus.PENDING;
        gate.automatedByInvestmentId = automatedBy;
        return gate;
    }
}
