package io.averted.incident;

import static io.averted.shared.Inputs.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
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
import io.averted.shared.Change;
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
                .filter(a -> statuses == null || statuses.isEmpty() || statuses.contains(a.status()))
                .toList();
    }

    @Transactional
    public Result<Postmortem> update(PostmortemUpdateInput input) {
        record Editing(Project project, Postmortem postmortem) {
        }
        return Change.of(incidents.readable(input.incidentId()).map(found -> new Editing(found.project(), postmortemOf(found.incident()))),
                        "incidentId", "The incident")
                .authorize(editing -> access.require(editing.project(), ProjectAction.WRITE_POSTMORTEM))
                .validate(validator.validate(input))
                .version(Editing::postmortem, input.version())
                .apply(editing -> {
                    Postmortem postmortem = editing.postmortem();
                    if (input.summary() != null) postmortem.summary = blankToNull(input.summary());
                    if (input.impact() != null) postmortem.impact = blankToNull(input.impact());
                    if (input.rootCauses() != null) postmortem.rootCauses = blankToNull(input.rootCauses());
                    if (input.contributingFactors() != null) postmortem.contributingFactors = blankToNull(input.contributingFactors());
                    if (input.whatWentWell() != null) postmortem.whatWentWell = blankToNull(input.whatWentWell());
                    if (input.whereWeGotLucky() != null) postmortem.whereWeGotLucky = blankToNull(input.whereWeGotLucky());
                    if (input.noActionReason() != null) postmortem.noActionReason = blankToNull(input.noActionReason());
                    if (input.status() != null && input.status() != postmortem.status) {
                        if (input.status() == PostmortemStatus.PUBLISHED) {
                            Rejected.ifAny(publishable(postmortem)); // rolls back the edits made above too
                            postmortem.publishedAt = OffsetDateTime.now(clock);
                            postmortem.publishedBy = user.username();
                        } else {
                            postmortem.publishedAt = null;
                            postmortem.publishedBy = null;
                        }
                        postmortem.status = input.status();
                    }
                    repository.flush();
                    return postmortem;
                });
    }

    /** Every incident has exactly one post-mortem, opened with it. */
    private Postmortem postmortemOf(Incident incident) {
        return repository.postmortemsOf(List.of(incident.id)).get(0);
    }

    /** Publishing needs an impact statement and either an action item that is not dropped or a reason for none. */
    private List<UserError> publishable(Postmortem postmortem) {
        List<UserError> missing = new ArrayList<>();
        if (postmortem.impact == null) {
            missing.add(UserError.of(UserErrorCode.REQUIRED, "impact", "a published post-mortem states its impact"));
        }
        boolean hasAction = repository.actionItemsOf(List.of(postmortem.incidentId)).stream()
                .anyMatch(a -> a.status() != ActionItemStatus.DROPPED);
        if (!hasAction && postmortem.noActionReason == null) {
            missing.add(UserError.of(UserErrorCode.REQUIRED, "noActionReason",
                    "a published post-mortem has at least one action item, or says why none is needed"));
        }
        return missing;
    }

    @Transactional
    public Result<TimelineEntry> addTimelineEntry(TimelineEntryAddInput input) {
        return Change.of(incidents.readable(input.incidentId()), "incidentId", "The incident")
                .authorize(found -> access.require(found.project(), ProjectAction.ADD_TIMELINE_ENTRY))
                .validate(validator.validate(input))
                .apply(found -> {
                    TimelineEntry entry = new TimelineEntry();
                    entry.id = UUID.randomUUID();
                    entry.projectId = found.incident().projectId;
                    entry.postmortemId = postmortemOf(found.incident()).id;
                    entry.at = input.at();
                    entry.description = input.description().strip();
                    entry.recordedBy = user.username();
                    repository.getEntityManager().persist(entry);
                    repository.flush();
                    return entry;
                });
    }

    @Transactional
    public Result<ActionItem> create(ActionItemCreateInput input) {
        return Change.of(incidents.readable(input.incidentId()), "incidentId", "The incident")
                .authorize(found -> access.require(found.project(), ProjectAction.WRITE_POSTMORTEM))
                .validate(validator.validate(input))
                .check(found -> {
                    Project project = found.project();
                    List<UserError> errors = new ArrayList<>();
                    memberships.checkOwner(project, input.owner(), errors);
                    if (input.targetRiskId() != null
                            && risks.byIds(List.of(input.targetRiskId())).values().stream().noneMatch(r -> r.projectId.equals(project.id))) {
                        errors.add(UserError.of(UserErrorCode.INVALID, "targetRiskId", "not a risk of project " + project.key));
                    }
                    return errors;
                })
                .apply(found -> {
                    ActionItem item = ActionItem.open(found.project().id, input.incidentId(), input.title().strip());
                    item.ownerUsername = blankToNull(input.owner());
                    item.dueDate = input.dueDate();
                    item.committed = Boolean.TRUE.equals(input.committed());
                    item.targetRiskId = input.targetRiskId();
                    repository.getEntityManager().persist(item);
                    repository.flush();
                    return item;
                });
    }

    @Transactional
    public Result<ActionItem> update(ActionItemUpdateInput input) {
        return Change.of(readable(input.id()), "id", "The action item")
                .authorize(found -> {
                    if (!access.may(found.project(), ProjectAction.WRITE_POSTMORTEM)) {
                        // Contributors complete the items they own; the list itself (titles, owners, dates, drops) is the manager's.
                        access.require(found.project(), ProjectAction.COMPLETE_OWN_ACTION_ITEM);
                        if (!user.username().equals(found.item().ownerUsername) || !input.onlyCompletes()) {
                            access.require(found.project(), ProjectAction.WRITE_POSTMORTEM);
                        }
                    }
                })
                .validate(validator.validate(input))
                .check(found -> {
                    List<UserError> errors = new ArrayList<>();
                    if (input.owner() != null) {
                        memberships.checkOwner(found.project(), input.owner(), errors);
                    }
                    if (input.status() != null) {
                        errors.addAll(ActionItem.statusProblems(input.status(), input.dropReason()));
                    }
                    return errors;
                })
                .version(Found::item, input.version())
                .apply(found -> {
                    ActionItem item = found.item();
                    if (input.title() != null) item.title = input.title().strip();
                    if (input.owner() != null) item.ownerUsername = blankToNull(input.owner());
                    if (input.dueDate() != null) item.dueDate = input.dueDate();
                    if (input.committed() != null) item.committed = input.committed();
                    if (input.status() != null) item.changeStatus(input.status(), input.dropReason(), user.username(), OffsetDateTime.now(clock));
                    repository.flush();
                    return item;
                });
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
        return Change.of(readable(input.id()), "id", "The action item")
                .authorize(found -> access.require(found.project(), ProjectAction.WRITE_POSTMORTEM))
                .unless(found -> Stream.of(input.risk(), input.riskUpdate(), input.gate(), input.investment()).filter(Objects::nonNull).count() == 1
                        ? List.of() : List.of(UserError.of(UserErrorCode.INVALID, null, "give exactly one of risk, riskUpdate, gate and investment")))
                .unless(found -> found.item().version == input.version() ? List.of() : List.of(UserError.conflict()))
                .unless(found -> inTheIncidentsProject(input, found.project()))
                .validate(List.of()) // each register service validates its own input
                .apply(found -> {
                    ActionItem item = found.item();
                    Project project = found.project();
                    UUID riskId = null;
                    QualityGate gate = null;
                    UUID investmentId = null;
                    if (input.risk() != null) {
                        riskId = Rejected.unlessRejected(prefixed("risk", risks.create(input.risk()))).risk().id;
                    } else if (input.riskUpdate() != null) {
                        riskId = Rejected.unlessRejected(prefixed("riskUpdate", risks.update(input.riskUpdate()))).risk().id;
                    } else if (input.investment() != null) {
                        investmentId = Rejected.unlessRejected(prefixed("investment", investments.propose(input.investment()))).investment().id;
                    } else {
                        gate = Rejected.unlessRejected(prefixed("gate", gates.create(input.gate())));
                        if (!gate.projectId.equals(project.id)) {
                            throw new Rejected(List.of(UserError.of(UserErrorCode.INVALID, "gate.milestoneId", "the milestone must be in the incident's project")));
                        }
                    }
                    item.became(riskId, gate == null ? null : gate.id, investmentId);
                    repository.flush();
                    return new Became(item, riskId, gate);
                });
    }

    /** What the item becomes must be in the incident's project (a gate's milestone is checked once the gate is created). */
    private List<UserError> inTheIncidentsProject(ActionItemBecomeInput input, Project project) {
        if (input.risk() != null && !input.risk().projectId().equals(project.id)) {
            return List.of(UserError.of(UserErrorCode.INVALID, "risk.projectId", "the risk must be in the incident's project"));
        }
        if (input.riskUpdate() != null
                && risks.byIds(List.of(input.riskUpdate().id())).values().stream().noneMatch(r -> r.projectId.equals(project.id))) {
            return List.of(UserError.of(UserErrorCode.INVALID, "riskUpdate.id", "not a risk of project " + project.key));
        }
        if (input.investment() != null && !input.investment().projectId().equals(project.id)) {
            return List.of(UserError.of(UserErrorCode.INVALID, "investment.projectId", "the proposal must be for the incident's project"));
        }
        return List.of();
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
