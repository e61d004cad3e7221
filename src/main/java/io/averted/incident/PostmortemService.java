package io.averted.incident;

import static io.averted.shared.Inputs.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.averted.milestone.GateService;
import io.averted.milestone.QualityGate;
import io.averted.prevention.InvestmentService;
import io.averted.project.Memberships;
import io.averted.project.Project;
import io.averted.project.ProjectAccess;
import io.averted.project.ProjectAction;
import io.averted.risk.RiskService;
import io.averted.shared.InputValidator;
import io.averted.shared.Rejected;
import io.averted.shared.Result;
import io.averted.shared.UserError;
import io.averted.shared.UserErrorCode;
import io.averted.shared.security.CurrentUser;

/** Blameless post-mortems, their timelines, and the action items that turn lessons into register entries. */
@ApplicationScoped
public class PostmortemService {

    @Inject
    CurrentUser user;

    @Inject
    ProjectAccess access;

    @Inject
    Memberships memberships;

    @Inject
    IncidentService incidents;

    @Inject
    IncidentRepository repository;

    @Inject
    RiskService risks;

    @Inject
    GateService gates;

    @Inject
    InvestmentService investments;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    public List<Postmortem> postmortemsOf(Collection<UUID> incidentIds) {
        return incidentIds.isEmpty() ? List.of() : repository.postmortemsOf(incidentIds);
    }

    public List<TimelineEntry> timelinesOf(Collection<UUID> postmortemIds) {
        return postmortemIds.isEmpty() ? List.of() : repository.timelinesOf(postmortemIds);
    }

    public List<ActionItem> actionItemsOf(Collection<UUID> incidentIds) {
        return incidentIds.isEmpty() ? List.of() : repository.actionItemsOf(incidentIds);
    }

    public List<ActionItem> actionItemsForRisks(Collection<UUID> riskIds) {
        return riskIds.isEmpty() ? List.of() : repository.actionItemsForRisks(riskIds);
    }

    public List<ActionItem> actionItemsThatBecame(Collection<UUID> gateOrInvestmentIds) {
        return gateOrInvestmentIds.isEmpty() ? List.of() : repository.actionItemsThatBecame(gateOrInvestmentIds);
    }

    /** Action items of the (readable) projects, optionally only one owner's, only overdue ones, or in some statuses. */
    public List<ActionItem> actionItems(Collection<UUID> projectIds, String owner, boolean overdueOnly, List<ActionItemStatus> statuses) {
        LocalDate today = LocalDate.now(clock);
        Stream<ActionItem> items = projectIds.isEmpty() ? Stream.empty() : repository.actionItemsOfProjects(projectIds).stream();
        return items.filter(a -> owner == null || owner.equals(a.ownerUsername))
                .filter(a -> !overdueOnly || a.overdue(today))
                .filter(a -> statuses == null || statuses.isEmpty() || statuses.contains(a.status))
                .toList();
    }

    @Transactional
    public Result<Postmortem> update(PostmortemUpdateInput input) {
        Optional<IncidentService.Found> found = incidents.readable(input.incidentId());
        if (found.isEmpty()) {
            return Result.rejected(UserError.notFound("incidentId", "The incident"));
        }
        access.require(found.get().project(), ProjectAction.WRITE_POSTMORTEM);
        Postmortem postmortem = repository.postmortemsOf(List.of(input.incidentId())).get(0);
        List<UserError> errors = new ArrayList<>(validator.validate(input));
        if (postmortem.version != input.version()) {
            errors.add(UserError.conflict());
        }
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        if (input.summary() != null) postmortem.summary = blankToNull(input.summary());
        if (input.impact() != null) postmortem.impact = blankToNull(input.impact());
        if (input.rootCauses() != null) postmortem.rootCauses = blankToNull(input.rootCauses());
        if (input.contributingFactors() != null) postmortem.contributingFactors = blankToNull(input.contributingFactors());
        if (input.whatWentWell() != null) postmortem.whatWentWell = blankToNull(input.whatWentWell());
        if (input.whereWeGotLucky() != null) postmortem.whereWeGotLucky = blankToNull(input.whereWeGotLucky());
        if (input.noActionReason() != null) postmortem.noActionReason = blankToNull(input.noActionReason());
        if (input.status() != null && input.status() != postmortem.status) {
            if (input.status() == PostmortemStatus.PUBLISHED) {
                List<UserError> missing = publishable(postmortem);
                if (!missing.isEmpty()) {
                    throw new Rejected(missing); // rolls back the edits made above too
                }
                postmortem.publishedAt = OffsetDateTime.now(clock);
                postmortem.publishedBy = user.username();
            } else {
                postmortem.publishedAt = null;
                postmortem.publishedBy = null;
            }
            postmortem.status = input.status();
        }
        repository.flush();
        return Result.ok(postmortem);
    }

    /** Publishing needs an impact statement and either an action item that is not dropped or a reason for none. */
    private List<UserError> publishable(Postmortem postmortem) {
        List<UserError> missing = new ArrayList<>();
        if (postmortem.impact == null) {
            missing.add(UserError.of(UserErrorCode.REQUIRED, "impact", "a published post-mortem states its impact"));
        }
        boolean hasAction = repository.actionItemsOf(List.of(postmortem.incidentId)).stream()
                .anyMatch(a -> a.status != ActionItemStatus.DROPPED);
        if (!hasAction && postmortem.noActionReason == null) {
            missing.add(UserError.of(UserErrorCode.REQUIRED, "noActionReason",
                    "a published post-mortem has at least one action item, or says why none is needed"));
        }
        return missing;
    }

    @Transactional
    public Result<TimelineEntry> addTimelineEntry(TimelineEntryAddInput input) {
        Optional<IncidentService.Found> found = incidents.readable(input.incidentId());
        if (found.isEmpty()) {
            return Result.rejected(UserError.notFound("incidentId", "The incident"));
        }
        access.require(found.get().project(), ProjectAction.ADD_TIMELINE_ENTRY);
        List<UserError> errors = validator.validate(input);
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.projectId = found.get().incident().projectId;
        entry.postmortemId = repository.postmortemsOf(List.of(input.incidentId())).get(0).id;
        entry.at = input.at();
        entry.description = input.description().strip();
        entry.recordedBy = user.username();
        repository.getEntityManager().persist(entry);
        repository.flush();
        return Result.ok(entry);
    }

    @Transactional
    public Result<ActionItem> create(ActionItemCreateInput input) {
        Optional<IncidentService.Found> found = incidents.readable(input.incidentId());
        if (found.isEmpty()) {
            return Result.rejected(UserError.notFound("incidentId", "The incident"));
        }
        Project project = found.get().project();
        access.require(project, ProjectAction.WRITE_POSTMORTEM);
        List<UserError> errors = new ArrayList<>(validator.validate(input));
        memberships.checkOwner(project, input.owner(), errors);
        if (input.targetRiskId() != null && risks.byIds(List.of(input.targetRiskId())).values().stream().noneMatch(r -> r.projectId.equals(project.id))) {
            errors.add(UserError.of(UserErrorCode.INVALID, "targetRiskId", "not a risk of project " + project.key));
        }
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        ActionItem item = new ActionItem();
        item.id = UUID.randomUUID();
        item.projectId = project.id;
        item.incidentId = input.incidentId();
        item.title = input.title().strip();
        item.ownerUsername = blankToNull(input.owner());
        item.dueDate = input.dueDate();
        item.committed = Boolean.TRUE.equals(input.committed());
        item.status = ActionItemStatus.OPEN;
        item.targetRiskId = input.targetRiskId();
        repository.getEntityManager().persist(item);
        repository.flush();
        return Result.ok(item);
    }

    @Transactional
    public Result<ActionItem> update(ActionItemUpdateInput input) {
        Optional<Found> found = readable(input.id());
        if (found.isEmpty()) {
            return Result.rejected(UserError.notFound("id", "The action item"));
        }
        ActionItem item = found.get().item();
        if (!access.may(found.get().project(), ProjectAction.WRITE_POSTMORTEM)) {
            // Contributors complete the items they own; the list itself (titles, owners, dates, drops) is the manager's.
            access.require(found.get().project(), ProjectAction.COMPLETE_OWN_ACTION_ITEM);
            if (!user.username().equals(item.ownerUsername) || !input.onlyCompletes()) {
                access.require(found.get().project(), ProjectAction.WRITE_POSTMORTEM);
            }
        }
        List<UserError> errors = new ArrayList<>(validator.validate(input));
        if (input.owner() != null) {
            memberships.checkOwner(found.get().project(), input.owner(), errors);
        }
        if (input.status() == ActionItemStatus.DROPPED && (input.dropReason() == null || input.dropReason().isBlank())) {
            errors.add(UserError.of(UserErrorCode.REQUIRED, "dropReason", "dropping an action item needs a reason"));
        }
        if (item.version != input.version()) {
            errors.add(UserError.conflict());
        }
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        if (input.title() != null) item.title = input.title().strip();
        if (input.owner() != null) item.ownerUsername = blankToNull(input.owner());
        if (input.dueDate() != null) item.dueDate = input.dueDate();
        if (input.committed() != null) item.committed = input.committed();
        if (input.status() != null && input.status() != item.status) {
            item.status = input.status();
            item.dropReason = input.status() == ActionItemStatus.DROPPED ? input.dropReason().strip() : null;
            item.completedAt = input.status() == ActionItemStatus.DONE ? OffsetDateTime.now(clock) : null;
            item.completedBy = input.status() == ActionItemStatus.DONE ? user.username() : null;
        }
        repository.flush();
        return Result.ok(item);
    }

    /** What an action item became, with the item itself. */
    public record Became(ActionItem item, UUID riskId, QualityGate gate) {
    }

    /**
     * Turns an action item into a new risk, a new estimate of a risk, a new gate or an investment proposal, in one transaction
     * with the link; the register's own services apply their rules and roles, and if they refuse,
     * nothing at all is written.
     */
    @Transactional
    public Result<Became> become(ActionItemBecomeInput input) {
        Optional<Found> found = readable(input.id());
        if (found.isEmpty()) {
            return Result.rejected(UserError.notFound("id", "The action item"));
        }
        ActionItem item = found.get().item();
        Project project = found.get().project();
        access.require(project, ProjectAction.WRITE_POSTMORTEM);
        long given = Stream.of(input.risk(), input.riskUpdate(), input.gate(), input.investment()).filter(java.util.Objects::nonNull).count();
        if (given != 1) {
            return Result.rejected(UserError.of(UserErrorCode.INVALID, null, "give exactly one of risk, riskUpdate, gate and investment"));
        }
        if (item.version != input.version()) {
            return Result.rejected(UserError.conflict());
        }
        UUID riskId = null;
        QualityGate gate = null;
        UUID investmentId = null;
        if (input.risk() != null) {
            if (!input.risk().projectId().equals(project.id)) {
                return Result.rejected(UserError.of(UserErrorCode.INVALID, "risk.projectId", "the risk must be in the incident's project"));
            }
            riskId = Rejected.unlessRejected(prefixed("risk", risks.create(input.risk()))).risk().id;
        } else if (input.riskUpdate() != null) {
            if (risks.byIds(List.of(input.riskUpdate().id())).values().stream().noneMatch(r -> r.projectId.equals(project.id))) {
                return Result.rejected(UserError.of(UserErrorCode.INVALID, "riskUpdate.id", "not a risk of project " + project.key));
            }
            riskId = Rejected.unlessRejected(prefixed("riskUpdate", risks.update(input.riskUpdate()))).risk().id;
        } else if (input.investment() != null) {
            if (!input.investment().projectId().equals(project.id)) {
                return Result.rejected(UserError.of(UserErrorCode.INVALID, "investment.projectId", "the proposal must be for the incident's project"));
            }
            investmentId = Rejected.unlessRejected(prefixed("investment", investments.propose(input.investment()))).investment().id;
        } else {
            gate = Rejected.unlessRejected(prefixed("gate", gates.create(input.gate())));
            if (!gate.projectId.equals(project.id)) {
                throw new Rejected(List.of(UserError.of(UserErrorCode.INVALID, "gate.milestoneId", "the milestone must be in the incident's project")));
            }
        }
        item.becameRiskId = riskId != null ? riskId : item.becameRiskId;
        item.becameGateId = gate != null ? gate.id : item.becameGateId;
        item.becameInvestmentId = investmentId != null ? investmentId : item.becameInvestmentId;
        if (item.targetRiskId == null && riskId != null) {
            item.targetRiskId = riskId;
        }
        repository.flush();
        return Result.ok(new Became(item, riskId, gate));
    }

    /** An action item with its project, when the user may read it. */
    public record Found(ActionItem item, Project project) {
    }

    public Optional<Found> readable(UUID id) {
        return Optional.ofNullable(repository.getEntityManager().find(ActionItem.class, id))
                .flatMap(a -> access.readable(a.projectId).map(p -> new Found(a, p)));
    }

    private static <T> Result<T> prefixed(String field, Result<T> result) {
        if (result.isOk()) {
            return result;
        }
        return Result.rejected(result.errors().stream()
                .map(e -> UserError.of(e.code(), e.field() == null ? field : field + "." + e.field(), e.message())).toList());
    }
}
