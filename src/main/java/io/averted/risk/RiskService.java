package io.averted.risk;

import static io.averted.shared.Inputs.blankToNull;

import java.math.BigDecimal;
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
        Optional<Project> found = access.readable(input.projectId());
        if (found.isEmpty()) {
            return Result.rejected(UserError.notFound("projectId", "The project"));
        }
        Project project = found.get();
        access.require(project, ProjectAction.EDIT_REGISTER);
        List<UserError> errors = rules(project).create(input);
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        Risk risk = newRisk(project.id, input);
        risks.persist(risk);
        risks.flush();
        return Result.ok(new Found(risk, project));
    }

    /** A new risk from an input that passed {@link Rules#create}. */
    static Risk newRisk(UUID projectId, RiskCreateInput input) {
        Risk risk = new Risk();
        risk.id = UUID.randomUUID();
        risk.projectId = projectId;
        risk.milestoneId = input.milestoneId();
        risk.title = input.title().strip();
        risk.description = input.description();
        risk.category = input.category();
        risk.ownerUsername = blankToNull(input.owner());
        risk.status = input.status() == null ? RiskStatus.IDENTIFIED : input.status();
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
        Optional<Found> found = writable(input.id());
        if (found.isEmpty()) {
            return Result.rejected(UserError.notFound("id", "The risk"));
        }
        Risk risk = found.get().risk();
        Project project = found.get().project();
        access.require(project, ProjectAction.EDIT_REGISTER);
        List<UserError> errors = rules(project).update(risk, input);
        if (risk.version != input.version()) {
            errors.add(UserError.conflict());
        }
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        if (input.milestoneId() != null) risk.milestoneId = input.milestoneId();
        if (input.title() != null) risk.title = input.title().strip();
        if (input.description() != null) risk.description = blankToNull(input.description());
        if (input.category() != null) risk.category = input.category();
        if (input.owner() != null) risk.ownerUsername = blankToNull(input.owner());
        if (input.status() != null) {
            risk.status = input.status();
            risk.closedReason = null;
        }
        if (input.response() != null) risk.response = input.response();
        if (input.likelihood() != null) risk.likelihood = input.likelihood().shortValue();
        if (input.impact() != null) risk.impact = input.impact().shortValue();
        if (input.probability() != null) risk.probability = input.probability();
        if (input.lossLow() != null) risk.lossLow = input.lossLow();
        if (input.lossHigh() != null) risk.lossHigh = input.lossHigh();
        if (input.nextReviewOn() != null) risk.nextReviewOn = input.nextReviewOn();
        risks.flush();
        return Result.ok(new Found(risk, project));
    }

    @Transactional
    public Result<Found> close(RiskCloseInput input) {
        Optional<Found> found = writable(input.id());
        if (found.isEmpty()) {
            return Result.rejected(UserError.notFound("id", "The risk"));
        }
        Risk risk = found.get().risk();
        access.require(found.get().project(), ProjectAction.EDIT_REGISTER);
        List<UserError> errors = new ArrayList<>(validator.validate(input));
        if (risk.status == RiskStatus.CLOSED) {
            errors.add(UserError.of(UserErrorCode.INVALID, "id", "the risk is already closed"));
        }
        if (risk.version != input.version()) {
            errors.add(UserError.conflict());
        }
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        risk.status = RiskStatus.CLOSED;
        risk.closedReason = blankToNull(input.reason());
        risks.flush();
        return Result.ok(found.get());
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

        List<UserError> create(RiskCreateInput input) {
            List<UserError> errors = new ArrayList<>(validator.validate(input));
            checkRange(input.lossLow(), input.lossHigh(), errors);
            memberships.checkOwner(project, input.owner(), errors);
            checkMilestone(input.milestoneId(), errors);
            if (input.status() != null && !input.status().settableByHand()) {
                errors.add(UserError.of(UserErrorCode.INVALID, "status", "a new risk is IDENTIFIED, MITIGATING or ACCEPTED"));
            }
            return errors;
        }

        /** Everything but the version, which each caller compares in its own way. */
        List<UserError> update(Risk risk, RiskUpdateInput input) {
            List<UserError> errors = new ArrayList<>(validator.validate(input));
            checkRange(input.lossLow() != null ? input.lossLow() : risk.lossLow,
                    input.lossHigh() != null ? input.lossHigh() : risk.lossHigh, errors);
            if (input.owner() != null) {
                memberships.checkOwner(project, input.owner(), errors);
            }
            checkMilestone(input.milestoneId(), errors);
            if (input.status() != null && !input.status().settableByHand()) {
                errors.add(UserError.of(UserErrorCode.INVALID, "status",
                        "status may be set to IDENTIFIED, MITIGATING or ACCEPTED; close a risk with riskClose"));
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

        private static void checkRange(BigDecimal low, BigDecimal high, List<UserError> errors) {
            if (low != null && high != null && high.compareTo(low) < 0) {
                errors.add(UserError.of(UserErrorCode.INVALID, "lossHigh", "lossHigh must be at least lossLow (" + low.toPlainString() + ")"));
            }
        }
    }

    /**
     * Marks the risks an incident materialized (in the caller's transaction, actor already stamped).
     * Returns the ids that are not risks of the project, for the caller to refuse.
     */
    public List<UUID> materialize(UUID projectId, Collection<UUID> riskIds) {
        List<Risk> found = riskIds.isEmpty() ? List.of() : risks.list("id in ?1 and projectId = ?2", riskIds, projectId);
        found.forEach(r -> {
            r.status = RiskStatus.MATERIALIZED;
            r.closedReason = null;
        });
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
