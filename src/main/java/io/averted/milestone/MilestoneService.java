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
import io.averted.shared.PageRequest;
import io.averted.shared.Result;
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
        return Change.of(access.readable(input.projectId()), "projectId", "The project")
                .authorize(project -> access.require(project, ProjectAction.PLAN_MILESTONES))
                .validate(validator.validate(input))
                .apply(project -> {
                    Milestone milestone = Milestone.plan(project.id, input.name().strip(), input.kind(), input.dueDate());
                    milestone.description = input.description();
                    milestones.persist(milestone);
                    if (!Boolean.FALSE.equals(input.withTemplateGates())) {
                        gateService.addTemplateGates(milestone);
                    }
                    milestones.flush();
                    return milestone;
                });
    }

    @Transactional
    public Result<Milestone> update(MilestoneUpdateInput input) {
        return Change.of(readable(input.id()), "id", "The milestone")
                .authorize(found -> access.require(found.project(), ProjectAction.PLAN_MILESTONES))
                .validate(validator.validate(input))
                .check(found -> input.status() == null ? List.of() : Milestone.statusProblems(input.status()))
                .version(Found::milestone, input.version())
                .apply(found -> {
                    Milestone milestone = found.milestone();
                    if (input.name() != null) milestone.name = input.name().strip();
                    if (input.description() != null) milestone.description = input.description().isBlank() ? null : input.description();
                    if (input.dueDate() != null) milestone.dueDate = input.dueDate();
                    if (input.status() != null) milestone.setStatus(input.status());
                    milestones.flush();
                    return milestone;
                });
    }

    /**
     * Completes a milestone unless a blocking gate is in the way: then one GATES_NOT_PASSED error per
     * such gate, naming it and its status, and nothing changes.
     */
    @Transactional
    public Result<Milestone> complete(MilestoneCompleteInput input) {
        // The milestone row and then its gates are read under lock: a result being recorded or a gate being added
        // at the same moment either commits first (and is seen here) or waits for this decision.
        Optional<Found> locked = milestones.findByIdOptional(input.id(), LockModeType.PESSIMISTIC_WRITE)
                .flatMap(m -> access.readable(m.projectId).map(p -> new Found(m, p)));
        List<QualityGate> gatesOf = new ArrayList<>();
        return Change.of(locked, "id", "The milestone")
                .authorize(found -> access.require(found.project(), ProjectAction.PLAN_MILESTONES))
                .validate(validator.validate(input))
                .version(Found::milestone, input.version())
                .thenCheck(found -> {
                    gatesOf.addAll(gates.ofMilestoneForUpdate(found.milestone().id));
                    return found.milestone().completionProblems(gatesOf);
                })
                .apply(found -> {
                    found.milestone().complete(gatesOf, user.username(), OffsetDateTime.now(clock));
                    milestones.flush();
                    return found.milestone();
                });
    }
}
