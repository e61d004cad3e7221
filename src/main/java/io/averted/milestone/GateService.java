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
import io.averted.shared.Change;
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
            gates.persist(QualityGate.pending(milestone, template.name, template.gateKind, template.criteria, template.blocking));
        }
    }

    @Transactional
    public Result<QualityGate> create(QualityGateCreateInput input) {
        // Shares the milestone's row lock with other writers but waits for a completion in progress, so a gate
        // cannot slip onto a milestone that is becoming DONE.
        Optional<MilestoneService.Found> locked = milestones.findByIdOptional(input.milestoneId(), LockModeType.PESSIMISTIC_READ)
                .flatMap(m -> access.readable(m.projectId).map(p -> new MilestoneService.Found(m, p)));
        return Change.of(locked, "milestoneId", "The milestone")
                .authorize(found -> access.require(found.project(), ProjectAction.PLAN_MILESTONES))
                .validate(validator.validate(input))
                .check(found -> found.milestone().newGateProblems())
                .apply(found -> {
                    QualityGate gate = QualityGate.pending(found.milestone(), input.name().strip(), input.kind(), input.criteria(),
                            !Boolean.FALSE.equals(input.blocking()));
                    gate.automatedByInvestmentId = input.automatedByInvestmentId();
                    gates.persist(gate);
                    gates.flush();
                    return gate;
                });
    }

    @Transactional
    public Result<QualityGate> remove(QualityGateRemoveInput input) {
        return Change.of(readable(input.id()), "id", "The gate")
                .authorize(found -> {
                    if (!sponsorLetsGo(found)) {
                        access.require(found.project(), ProjectAction.PLAN_MILESTONES);
                    }
                })
                .unless(found -> found.gate().blocksCompletion() && !sponsorLetsGo(found)
                        // The story-1 failure: removing a failing blocking gate would let the milestone complete past it.
                        ? List.of(UserError.of(UserErrorCode.SPONSOR_REQUIRED, "id", "Blocking gate \"" + found.gate().name + "\" is "
                                + found.gate().status() + "; only the project's sponsor can let it go: ask the sponsor to waive it, with a reason."))
                        : List.of())
                .validate(validator.validate(input))
                .check(found -> found.gate().removalProblems())
                .version(Found::gate, input.version())
                .apply(found -> {
                    found.gate().remove(input.reason(), user.username(), OffsetDateTime.now(clock));
                    gates.flush();
                    return found.gate();
                });
    }

    private boolean sponsorLetsGo(Found found) {
        return found.gate().blocksCompletion() && access.may(found.project(), ProjectAction.LET_GATE_GO);
    }

    /**
     * Records a result with its evidence; the gate's status becomes its outcome. The gate row is locked
     * meanwhile, so results recorded at the same moment are applied one after the other, newest last,
     * without asking pipelines for a version.
     */
    @Transactional
    public Result<Recorded> recordResult(QualityGateRecordResultInput input) {
        Optional<Found> locked = gates.findForUpdate(input.gateId()).flatMap(g -> access.readable(g.projectId).map(p -> new Found(g, p)));
        return Change.of(locked, "gateId", "The gate")
                .authorize(found -> access.require(found.project(), ProjectAction.RECORD_EVIDENCE))
                .validate(validator.validate(input))
                .check(found -> found.gate().resultProblems("gateId"))
                .check(found -> costProblems(input))
                .apply(found -> {
                    QualityGate gate = found.gate();
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
                    gate.record(input.outcome(), user.username(), OffsetDateTime.now(clock));
                    gates.flush();
                    return new Recorded(gate, result);
                });
    }

    /** Hours are costed at a rate, and only a failed result causes rework. */
    private static List<UserError> costProblems(QualityGateRecordResultInput input) {
        List<UserError> errors = new ArrayList<>();
        if ((input.effortHours() != null || input.reworkHours() != null) && input.hourlyRate() == null) {
            errors.add(UserError.of(UserErrorCode.REQUIRED, "hourlyRate", "hours are costed at an hourly rate"));
        }
        if (input.reworkHours() != null && input.outcome() != GateOutcome.FAILED) {
            errors.add(UserError.of(UserErrorCode.INVALID, "reworkHours", "only a failed result causes rework"));
        }
        return errors;
    }

    /** The sponsor accepts the milestone without this gate passing, and says why. */
    @Transactional
    public Result<QualityGate> waive(QualityGateWaiveInput input) {
        return Change.of(readable(input.id()), "id", "The gate")
                .authorize(found -> access.require(found.project(), ProjectAction.WAIVE_GATE))
                .validate(validator.validate(input))
                .check(found -> found.gate().waiverProblems(input.reason()))
                .version(Found::gate, input.version())
                .apply(found -> {
                    found.gate().waive(input.reason(), user.username(), OffsetDateTime.now(clock));
                    gates.flush();
                    return found.gate();
                });
    }
}
