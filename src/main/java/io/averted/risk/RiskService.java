package io.averted.risk;

import static io.averted.shared.Inputs.blankToNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.averted.milestone.Milestone;
import io.averted.milestone.MilestoneService;
import io.averted.project.Memberships;
import io.averted.project.Project;
import io.averted.project.ProjectAccess;
import io.averted.project.ProjectAction;
import io.averted.shared.Change;
import io.averted.shared.InputValidator;
import io.averted.shared.Keyset;
import io.averted.shared.PageRequest;
import io.averted.shared.Result;
import io.averted.shared.UserError;
import io.averted.shared.UserErrorCode;

@ApplicationScoped
public class RiskService {

    @Inject
    ProjectAccess access;

    @Inject
    Memberships memberships;

    @Inject
    RiskRepository risks;

    @Inject
    MilestoneService milestones;

    @Inject
    InputValidator validator;

    /** A risk together with the project it belongs to, when the user may read that project. */
    public record Found(Risk risk, Project project) {
    }

    public Optional<Found> readable(UUID riskId) {
        return risks.findByIdOptional(riskId)
                .flatMap(risk -> access.readable(risk.projectId).map(project -> new Found(risk, project)));
    }

    /**
     * The risk to change, its row locked until the transaction ends: concurrent changes of one risk take turns, so
     * the second sees the first's version and is told CONFLICT (the optimistic check alone could not say so, since
     * the update reads the generated columns back and Hibernate then reports a missing row as a generic error).
     */
    private Optional<Found> writable(UUID riskId) {
        return risks.findByIdOptional(riskId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .flatMap(risk -> access.readable(risk.projectId).map(project -> new Found(risk, project)));
    }

    /** One page of each project's register (the projects must already be readable), in one statement. */
    public List<Risk> pages(Collection<UUID> projectIds, RiskFilter filter, Keyset<Risk> keyset, PageRequest page) {
        return risks.pages(projectIds, filter, keyset, page);
    }

    public Map<UUID, Long> counts(Collection<UUID> projectIds, RiskFilter filter) {
        return risks.counts(projectIds, filter);
    }

    /**
     * The risks with these ids, in one statement, for features that refer to risks (e.g. mitigations).
     * No access check: callers pass ids they reached through a project the user may read, and check the project.
     */
    public Map<UUID, Risk> byIds(Collection<UUID> ids) {
        Map<UUID, Risk> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            risks.list("id in ?1", ids).forEach(r -> byId.put(r.id, r));
        }
        return byId;
    }

    @Transactional
    public Result<Found> create(RiskCreateInput input) {
        return Change.of(access.readable(input.projectId()), "projectId", "The project")
                .authorize(project -> access.require(project, ProjectAction.EDIT_REGISTER))
                .validate(validator.validate(input))
                .check(project -> rules(project).create(input))
                .apply(project -> {
                    Risk risk = newRisk(project.id, input);
                    risks.persist(risk);
                    risks.flush();
                    return new Found(risk, project);
                });
    }

    /** A new risk from an input that passed {@link Rules#create}. */
    static Risk newRisk(UUID projectId, RiskCreateInput input) {
        Risk risk = Risk.identify(projectId, input.status());
        risk.milestoneId = input.milestoneId();
        risk.title = input.title().strip();
        risk.description = input.description();
        risk.category = input.category();
        risk.ownerUsername = blankToNull(input.owner());
        risk.response = input.response();
        risk.likelihood = input.likelihood().shortValue();
        risk.impact = input.impact().shortValue();
        risk.probability = input.probability();
        risk.lossLow = input.lossLow();
        risk.lossHigh = input.lossHigh();
        risk.nextReviewOn = input.nextReviewOn();
        return risk;
    }

    @Transactional
    public Result<Found> update(RiskUpdateInput input) {
        return Change.of(writable(input.id()), "id", "The risk")
                .authorize(found -> access.require(found.project(), ProjectAction.EDIT_REGISTER))
                .validate(validator.validate(input))
                .check(found -> rules(found.project()).update(found.risk(), input))
                .version(Found::risk, input.version())
                .apply(found -> {
                    apply(found.risk(), input);
                    risks.flush();
                    return found;
                });
    }

    private static void apply(Risk risk, RiskUpdateInput input) {
        if (input.milestoneId() != null) risk.milestoneId = input.milestoneId();
        if (input.title() != null) risk.title = input.title().strip();
        if (input.description() != null) risk.description = blankToNull(input.description());
        if (input.category() != null) risk.category = input.category();
        if (input.owner() != null) risk.ownerUsername = blankToNull(input.owner());
        if (input.status() != null) risk.setStatus(input.status());
        if (input.response() != null) risk.response = input.response();
        if (input.likelihood() != null) risk.likelihood = input.likelihood().shortValue();
        if (input.impact() != null) risk.impact = input.impact().shortValue();
        if (input.probability() != null) risk.probability = input.probability();
        if (input.lossLow() != null) risk.lossLow = input.lossLow();
        if (input.lossHigh() != null) risk.lossHigh = input.lossHigh();
        if (input.nextReviewOn() != null) risk.nextReviewOn = input.nextReviewOn();
    }

    @Transactional
    public Result<Found> close(RiskCloseInput input) {
        return Change.of(writable(input.id()), "id", "The risk")
                .authorize(found -> access.require(found.project(), ProjectAction.EDIT_REGISTER))
                .validate(validator.validate(input))
                .check(found -> found.risk().closeProblems())
                .version(Found::risk, input.version())
                .apply(found -> {
                    found.risk().close(input.reason());
                    risks.flush();
                    return found;
                });
    }

    /** The register's rules for one project, as riskCreate, riskUpdate and the CSV import apply them. */
    Rules rules(Project project) {
        return new Rules(project);
    }

    /**
     * The checks a new or changed risk must pass, for one project: Bean Validation on the input, lossHigh at least
     * lossLow, an owner who is a member, a milestone of the project, a status a person may set. The project's
     * members (per request, by {@link Memberships}) and milestones are read once, so checking the thousands of rows of a
     * CSV import costs two statements.
     */
    final class Rules {
        private final Project project;
        private Map<UUID, Milestone> projectMilestones;

        private Rules(Project project) {
            this.project = project;
        }

        /** The rules beyond the input's own validation. */
        List<UserError> create(RiskCreateInput input) {
            List<UserError> errors = new ArrayList<>(Risk.lossRangeProblems(input.lossLow(), input.lossHigh()));
            memberships.checkOwner(project, input.owner(), errors);
            checkMilestone(input.milestoneId(), errors);
            errors.addAll(Risk.newStatusProblems(input.status()));
            return errors;
        }

        /** The rules beyond the input's own validation and the version, which each caller compares in its own way. */
        List<UserError> update(Risk risk, RiskUpdateInput input) {
            List<UserError> errors = new ArrayList<>(Risk.lossRangeProblems(input.lossLow() != null ? input.lossLow() : risk.lossLow,
                    input.lossHigh() != null ? input.lossHigh() : risk.lossHigh));
            if (input.owner() != null) {
                memberships.checkOwner(project, input.owner(), errors);
            }
            checkMilestone(input.milestoneId(), errors);
            if (input.status() != null) {
                errors.addAll(Risk.statusProblems(input.status()));
            }
            return errors;
        }

        /** The project's milestones, by id. */
        Map<UUID, Milestone> milestones() {
            if (projectMilestones == null) {
                projectMilestones = new HashMap<>();
                milestones.ofProjects(List.of(project.id)).forEach(m -> projectMilestones.put(m.id, m));
            }
            return projectMilestones;
        }

        private void checkMilestone(UUID milestoneId, List<UserError> errors) {
            if (milestoneId != null && !milestones().containsKey(milestoneId)) {
                errors.add(UserError.of(UserErrorCode.INVALID, "milestoneId", "the milestone is not one of project " + project.key));
            }
        }
    }

    /**
     * Marks the risks an incident materialized (in the caller's transaction, actor already stamped).
     * Returns the ids that are not risks of the project, for the caller to refuse.
     */
    public List<UUID> materialize(UUID projectId, Collection<UUID> riskIds) {
        List<Risk> found = riskIds.isEmpty() ? List.of() : risks.list("id in ?1 and projectId = ?2", riskIds, projectId);
        found.forEach(Risk::materialize);
        List<UUID> foundIds = found.stream().map(r -> r.id).toList();
        return riskIds.stream().filter(id -> !foundIds.contains(id)).toList();
    }

    /** Every risk of the projects (the caller has checked they are readable), in one statement. */
    public List<Risk> ofProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of() : risks.list("projectId in ?1 order by expectedLoss desc, id", projectIds);
    }

    /** Risks of the milestones, in one statement. */
    public List<Risk> ofMilestones(Collection<UUID> milestoneIds) {
        return milestoneIds.isEmpty() ? List.of() : risks.list("milestoneId in ?1 order by expectedLoss desc, id", milestoneIds);
    }
}
