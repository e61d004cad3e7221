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
import io.averted.shared.PageRequest;
import io.averted.shared.Result;
import io.averted.shared.UserError;
import io.averted.shared.UserErrorCode;
import io.averted.shared.security.CurrentUser;

@ApplicationScoped
public class MilestoneService {

    @Inject
    CurrentUser user;

    @Inject
    ProjectAccess access;

    @Inject
    MilestoneRepository milestones;

    @Inject
    QualityGateRepository gates;

    @Inject
    GateService gateService;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    /** A milestone with its project, when the user may read the project. */
    public record Found(Milestone milestone, Project project) {
    }

    public Optional<Found> readable(UUID milestoneId) {
        return milestones.findByIdOptional(milestoneId)
                .flatMap(m -> access.readable(m.projectId).map(p -> new Found(m, p)));
    }

    /** A keyset page of each readable project's milestones in any of {@code statuses} (all when empty), in one statement. */
    public List<Milestone> pages(Collection<UUID> projectIds, Collection<MilestoneStatus> statuses, PageRequest page) {
        return milestones.pages(projectIds, statuses, page);
    }

    /** How many milestones each project has in any of {@code statuses} (all when empty), in one statement. */
    public java.util.Map<UUID, Long> counts(Collection<UUID> projectIds, Collection<MilestoneStatus> statuses) {
        return milestones.counts(projectIds, statuses);
    }

    /** Milestones of projects the caller has already found readable, by due date, in one statement. */
    public List<Milestone> ofProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of() : milestones.ofProjects(projectIds);
    }

    /** The milestones with these ids that the user may read (for risks pointing at them). */
    public List<Milestone> readable(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Milestone> found = milestones.list("id in ?1", ids);
        var projects = access.readable(found.stream().map(m -> m.projectId).distinct().toList());
        return found.stream().filter(m -> projects.containsKey(m.projectId)).toList();
    }

    @Transactional
    public Result<Milestone> create(MilestoneCreateInput input) {
        Optional<Project> project = access.readable(input.projectId());
        if (project.isEmpty()) {
            return Result.rejected(UserError.notFound("projectId", "The project"));
        }
        access.require(project.get(), ProjectAction.PLAN_MILESTONES);
        List<UserError> errors = validator.validate(input);
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        Milestone milestone = new Milestone();
        milestone.id = UUID.randomUUID();
        milestone.projectId = project.get().id;
        milestone.name = input.name().strip();
        milestone.description = input.description();
        milestone.kind = input.kind();
        milestone.dueDate = input.dueDate();
        milestone.status = MilestoneStatus.PLANNED;
        milestones.persist(milestone);
        if (!Boolean.FALSE.equals(input.withTemplateGates())) {
            gateService.addTemplateGates(milestone);
        }
        milestones.flush();
        return Result.ok(milestone);
    }

    @Transactional
    public Result<Milestone> update(MilestoneUpdateInput input) {
        Optional<Found> found = readable(input.id());
        if (found.isEmpty()) {
            return Result.rejected(UserError.notFound("id", "The milestone"));
        }
        Milestone milestone = found.get().milestone();
        access.require(found.get().project(), ProjectAction.PLAN_MILESTONES);
        List<UserError> errors = new ArrayList<>(validator.validate(input));
        if (input.status() != null && !input.status().settableByHand()) {
            errors.add(UserError.of(UserErrorCode.INVALID, "status", "a milestone becomes DONE only through milestoneComplete"));
        }
        if (milestone.version != input.version()) {
            errors.add(UserError.conflict());
        }
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        if (input.name() != null) milestone.name = input.name().strip();
        if (input.description() != null) milestone.description = input.description().isBlank() ? null : input.description();
        if (input.dueDate() != null) milestone.dueDate = input.dueDate();
        if (input.status() != null) {
            milestone.status = input.status();
            milestone.completedAt = null;
            milestone.completedBy = null;
        }
        milestones.flush();
        return Result.ok(milestone);
    }

    /**
     * Completes a milestone unless a blocking gate is in the way: then one GATES_NOT_PASSED error per
     * such gate, naming it and its status, and nothing changes.
     */
    @Transactional
    public Result<Milestone> complete(MilestoneCompleteInput input) {
        // The milestone row and then its gates are read under lock: a result being recorded or a gate being added
        // at the same moment either commits first (and is seen here) or waits for this decision.
        Optional<Found> found = milestones.findByIdOptional(input.id(), LockModeType.PESSIMISTIC_WRITE)
                .flatMap(m -> access.readable(m.projectId).map(p -> new Found(m, p)));
        if (found.isEmpty()) {
            return Result.rejected(UserError.notFound("id", "The milestone"));
        }
        Milestone milestone = found.get().milestone();
        access.require(found.get().project(), ProjectAction.PLAN_MILESTONES);
        if (milestone.version != input.version()) {
            return Result.rejected(UserError.conflict());
        }
        if (milestone.status == MilestoneStatus.DONE) {
            return Result.rejected(UserError.of(UserErrorCode.INVALID, "id", "the milestone is already done"));
        }
        List<UserError> inTheWay = gates.ofMilestoneForUpdate(milestone.id).stream()
                .filter(QualityGate::blocksCompletion)
                .map(g -> UserError.of(UserErrorCode.GATES_NOT_PASSED, "id",
                        "Blocking gate \"" + g.name + "\" is " + g.status + "; it must be PASSED or WAIVED first."))
                .toList();
        if (!inTheWay.isEmpty()) {
            return Result.rejected(inTheWay);
        }
        milestone.status = MilestoneStatus.DONE;
        milestone.completedAt = OffsetDateTime.now(clock);
        milestone.completedBy = user.username();
        milestones.flush();
        return Result.ok(milestone);
    }
}
