package io.averted.incident;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.averted.history.HistoryEntry;
import io.averted.history.HistoryService;
import io.averted.milestone.MilestoneService;
import io.averted.milestone.MilestoneView;
import io.averted.milestone.QualityGateView;
import io.averted.milestone.GateService;
import io.averted.prevention.Investment;
import io.averted.prevention.InvestmentService;
import io.averted.prevention.InvestmentView;
import io.averted.prevention.Mitigation;
import io.averted.project.MemberView;
import io.averted.project.Memberships;
import io.averted.project.Project;
import io.averted.project.ProjectAccess;
import io.averted.project.ProjectService;
import io.averted.project.ProjectView;
import io.averted.risk.Risk;
import io.averted.risk.RiskService;
import io.averted.risk.RiskView;
import io.averted.shared.Connection;
import io.averted.shared.Ids;
import io.averted.shared.Money;
import io.averted.shared.Mutations;
import io.averted.shared.PageRequest;
import io.averted.shared.Result;
import io.quarkus.security.Authenticated;

/** Incidents, losses, post-mortems and action items over GraphQL; every nested field is one statement for all parents. */
@GraphQLApi
@Authenticated
public class IncidentGraphQL {

    @Inject
    IncidentService incidents;

    @Inject
    PostmortemService postmortems;

    @Inject
    ProjectAccess access;

    @Inject
    ProjectService projects;

    @Inject
    Memberships memberships;

    @Inject
    RiskService risks;

    @Inject
    MilestoneService milestones;

    @Inject
    GateService gates;

    @Inject
    HistoryService history;

    @Inject
    InvestmentService investments;

    @Inject
    IncidentDetails details;

    @Query
    @Description("An incident by id; null when it does not exist or you are not a member of its project.")
    public IncidentView incident(@NonNull @Id String id) {
        return Ids.parse(id).flatMap(incidents::readable).map(f -> IncidentView.of(f.incident(), f.project().currency)).orElse(null);
    }

    @Query
    @NonNull
    @Description("Action items across every project you can see: one owner's, only overdue ones, or both.")
    public List<@NonNull ActionItemView> actionItems(@Description("Owner's username.") String owner,
            @Description("Only OPEN items past their due date.") Boolean overdue) {
        return postmortems.actionItems(projects.visibleIds(), owner, Boolean.TRUE.equals(overdue), null).stream()
                .map(ActionItemView::of).toList();
    }

    @NonNull
    @Description("The project's incidents, newest first.")
    public List<@NonNull IncidentConnection> incidents(@Source List<ProjectView> list,
            @Description("Page size: 20 when absent, at most 100.") Integer first,
            @Description("Cursor of the incident to continue after.") String after) {
        PageRequest page = IncidentRepository.BY_OCCURRENCE.request(first, after);
        List<UUID> ids = list.stream().map(ProjectView::id).toList();
        Map<UUID, String> currency = ProjectView.currencies(list);
        return Connection.batch(IncidentRepository.BY_OCCURRENCE, page, () -> incidents.pages(ids, page), i -> i.projectId,
                (cursor, i) -> new IncidentEdge(cursor, IncidentView.of(i, currency.get(i.projectId))), () -> incidents.counts(ids))
                .connections(ids, IncidentConnection::new);
    }

    @NonNull
    @Description("The project's action items: filter by owner, overdue, status.")
    @Name("actionItems")
    public List<@NonNull List<@NonNull ActionItemView>> projectActionItems(@Source List<ProjectView> list,
            @Description("Owner's username.") String owner, @Description("Only OPEN items past their due date.") Boolean overdue,
            @Description("Only these statuses.") List<ActionItemStatus> status) {
        List<UUID> ids = list.stream().map(ProjectView::id).toList();
        Map<UUID, List<ActionItemView>> byProject = group(ids,
                postmortems.actionItems(ids, owner, Boolean.TRUE.equals(overdue), status).stream().map(ActionItemView::of).toList(),
                ActionItemView::projectId);
        return list.stream().map(p -> byProject.get(p.id())).toList();
    }

    @NonNull
    @Description("The project the incident belongs to.")
    public List<@NonNull ProjectView> project(@Source List<IncidentView> list) {
        Map<UUID, Project> found = access.readable(list.stream().map(IncidentView::projectId).distinct().toList());
        return list.stream().map(i -> ProjectView.of(found.get(i.projectId()))).toList();
    }

    @Description("The milestone it happened at, if any.")
    public List<MilestoneView> milestone(@Source List<IncidentView> list) {
        Map<UUID, MilestoneView> byId = new HashMap<>();
        milestones.readable(list.stream().map(IncidentView::milestoneId).filter(Objects::nonNull).distinct().toList())
                .forEach(m -> byId.put(m.id, MilestoneView.of(m)));
        return list.stream().map(i -> i.milestoneId() == null ? null : byId.get(i.milestoneId())).toList();
    }

    @NonNull
    @Description("The risks it materialized.")
    public List<@NonNull List<@NonNull RiskView>> risks(@Source List<IncidentView> list) {
        List<IncidentRisk> links = links(list);
        Map<UUID, Risk> byId = risks.byIds(links.stream().map(l -> l.riskId).distinct().toList());
        return list.stream().map(i -> links.stream().filter(l -> l.incidentId.equals(i.id()))
                .map(l -> RiskView.of(byId.get(l.riskId), i.currency())).toList()).toList();
    }

    @NonNull
    @Description("Its losses, in the order they were recorded.")
    public List<@NonNull List<@NonNull LossItemView>> losses(@Source List<IncidentView> list) {
        Map<UUID, List<LossItem>> byIncident = details.lossesOf(list.stream().map(IncidentView::id).toList());
        return list.stream().map(i -> byIncident.get(i.id()).stream().map(l -> LossItemView.of(l, i.currency())).toList()).toList();
    }

    @NonNull
    @Description("The sum of its losses, exact.")
    public List<@NonNull Money> totalLoss(@Source List<IncidentView> list) {
        Map<UUID, BigDecimal> sums = new HashMap<>();
        details.lossesOf(list.stream().map(IncidentView::id).toList()).values().stream().flatMap(List::stream)
                .forEach(l -> sums.merge(l.incidentId, l.amount, BigDecimal::add));
        return list.stream().map(i -> Money.of(sums.getOrDefault(i.id(), BigDecimal.ZERO), i.currency())).toList();
    }

    @NonNull
    @Description("Its losses summed per type, only the types it has.")
    public List<@NonNull List<@NonNull LossByType>> lossByType(@Source List<IncidentView> list) {
        Map<UUID, Map<LossType, BigDecimal>> sums = new HashMap<>();
        details.lossesOf(list.stream().map(IncidentView::id).toList()).values().stream().flatMap(List::stream).forEach(l -> sums
                .computeIfAbsent(l.incidentId, k -> new EnumMap<>(LossType.class)).merge(l.type, l.amount, BigDecimal::add));
        return list.stream().map(i -> sums.getOrDefault(i.id(), Map.of()).entrySet().stream()
                .map(e -> new LossByType(e.getKey(), Money.of(e.getValue(), i.currency()))).toList()).toList();
    }

    @NonNull
    @Description("Its blameless post-mortem (opened as a DRAFT when the incident is reported).")
    public List<@NonNull PostmortemView> postmortem(@Source List<IncidentView> list) {
        Map<UUID, PostmortemView> byIncident = new HashMap<>();
        postmortems.postmortemsOf(list.stream().map(IncidentView::id).toList())
                .forEach(p -> byIncident.put(p.incidentId, PostmortemView.of(p)));
        return list.stream().map(i -> byIncident.get(i.id())).toList();
    }

    @NonNull
    @Description("Its action items, in the order they were created.")
    @Name("actionItems")
    public List<@NonNull List<@NonNull ActionItemView>> incidentActionItems(@Source List<IncidentView> list) {
        List<UUID> ids = list.stream().map(IncidentView::id).toList();
        Map<UUID, List<ActionItemView>> byIncident = group(ids,
                postmortems.actionItemsOf(ids).stream().map(ActionItemView::of).toList(), ActionItemView::incidentId);
        return list.stream().map(i -> byIncident.get(i.id())).toList();
    }

    @NonNull
    @Description("Action items that were DONE before this incident and targeted a risk it materialized: the fix did not hold.")
    public List<@NonNull List<@NonNull ActionItemView>> recurrenceOf(@Source List<IncidentView> list) {
        List<IncidentRisk> links = links(list);
        List<ActionItem> candidates = postmortems.actionItemsForRisks(links.stream().map(l -> l.riskId).distinct().toList());
        return list.stream().map(incident -> {
            Set<UUID> materialized = links.stream().filter(l -> l.incidentId.equals(incident.id())).map(l -> l.riskId)
                    .collect(Collectors.toSet());
            return candidates.stream()
                    .filter(a -> !a.incidentId.equals(incident.id()))
                    .filter(a -> a.status == ActionItemStatus.DONE && a.completedAt.isBefore(incident.occurredAt()))
                    .filter(a -> materialized.contains(a.targetRiskId) || materialized.contains(a.becameRiskId))
                    .map(ActionItemView::of).toList();
        }).toList();
    }

    @NonNull
    @Description("Whether a risk it materialized had been the target of an action item done before: the fix did not hold.")
    public List<@NonNull Boolean> recurrence(@Source List<IncidentView> list) {
        return recurrenceOf(list).stream().map(items -> !items.isEmpty()).toList();
    }

    @NonNull
    @Description("Every change to the incident, oldest first.")
    public List<@NonNull List<@NonNull HistoryEntry>> history(@Source List<IncidentView> list) {
        Map<UUID, List<HistoryEntry>> byId = history.of("incident", list.stream().map(IncidentView::id).toList());
        return list.stream().map(i -> byId.get(i.id())).toList();
    }

    @NonNull
    @Description("The timeline, in time order.")
    public List<@NonNull List<@NonNull TimelineEntryView>> timeline(@Source List<PostmortemView> list) {
        List<UUID> ids = list.stream().map(PostmortemView::id).toList();
        Map<UUID, List<TimelineEntryView>> byPostmortem = new HashMap<>();
        ids.forEach(id -> byPostmortem.put(id, new ArrayList<>()));
        postmortems.timelinesOf(ids).forEach(t -> byPostmortem.get(t.postmortemId).add(TimelineEntryView.of(t)));
        return list.stream().map(p -> byPostmortem.get(p.id())).toList();
    }

    @NonNull
    @Description("Every change to the post-mortem, oldest first.")
    @Name("history")
    public List<@NonNull List<@NonNull HistoryEntry>> postmortemHistory(@Source List<PostmortemView> list) {
        Map<UUID, List<HistoryEntry>> byId = history.of("postmortem", list.stream().map(PostmortemView::id).toList());
        return list.stream().map(p -> byId.get(p.id())).toList();
    }

    @Description("The member who owns the action item.")
    public List<MemberView> owner(@Source List<ActionItemView> list) {
        var members = memberships.of(list.stream().map(ActionItemView::projectId).distinct().toList());
        return list.stream().map(a -> a.ownerUsername() == null ? null : members.get(a.projectId()).stream()
                .filter(m -> m.username.equals(a.ownerUsername())).findFirst().map(MemberView::of).orElse(null)).toList();
    }

    @NonNull
    @Description("The incident the action item came from.")
    public List<@NonNull IncidentView> incident(@Source List<ActionItemView> list) {
        Map<UUID, Incident> byId = incidents.byIds(list.stream().map(ActionItemView::incidentId).distinct().toList()).stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        Map<UUID, Project> found = access.readable(byId.values().stream().map(i -> i.projectId).distinct().toList());
        return list.stream().map(a -> {
            Incident i = byId.get(a.incidentId());
            return IncidentView.of(i, found.get(i.projectId).currency);
        }).toList();
    }

    @Description("The risk whose recurrence it should prevent.")
    public List<RiskView> targetRisk(@Source List<ActionItemView> list) {
        return riskPer(list, ActionItemView::targetRiskId);
    }

    @Description("The risk it became (a new risk, or a new estimate of one), if it became one.")
    public List<RiskView> becameRisk(@Source List<ActionItemView> list) {
        return riskPer(list, ActionItemView::becameRiskId);
    }

    @Description("The quality gate it became, if it became one.")
    public List<QualityGateView> becameGate(@Source List<ActionItemView> list) {
        List<UUID> ids = list.stream().map(ActionItemView::becameGateId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, QualityGateView> byId = new HashMap<>();
        gates.byIds(ids).forEach(g -> byId.put(g.id, QualityGateView.of(g)));
        return list.stream().map(a -> a.becameGateId() == null ? null : byId.get(a.becameGateId())).toList();
    }

    @Description("The investment proposal it became, if it became one.")
    public List<InvestmentView> becameInvestment(@Source List<ActionItemView> list) {
        Map<UUID, Investment> byId = investments.byIds(list.stream().map(ActionItemView::becameInvestmentId).filter(Objects::nonNull).distinct().toList());
        Map<UUID, String> currency = new HashMap<>();
        access.readable(byId.values().stream().map(i -> i.projectId).distinct().toList()).forEach((k, p) -> currency.put(k, p.currency));
        return list.stream().map(a -> {
            Investment i = a.becameInvestmentId() == null ? null : byId.get(a.becameInvestmentId());
            return i == null ? null : InvestmentView.of(i, currency.get(i.projectId));
        }).toList();
    }

    @NonNull
    @Description("Investments that mitigate any risk the incident materialized, whatever their status: approved ones that did not "
            + "prevent it, and rejected or proposed ones that might have (declined prevention).")
    public List<@NonNull List<@NonNull InvestmentView>> preventableBy(@Source List<IncidentView> list) {
        List<IncidentRisk> links = links(list);
        Map<UUID, List<Mitigation>> byRisk = investments.mitigationsOfRisks(links.stream().map(l -> l.riskId).distinct().toList());
        Map<UUID, Investment> byId = investments.byIds(byRisk.values().stream().flatMap(List::stream)
                .map(m -> m.investmentId).distinct().toList());
        return list.stream().map(incident -> links.stream().filter(l -> l.incidentId.equals(incident.id()))
                .flatMap(l -> byRisk.getOrDefault(l.riskId, List.of()).stream())
                .map(m -> byId.get(m.investmentId)).distinct()
                .sorted(java.util.Comparator.comparing((Investment i) -> i.createdAt).thenComparing(i -> i.id))
                .map(i -> InvestmentView.of(i, incident.currency())).toList()).toList();
    }

    @NonNull
    @Description("Incidents that materialized this risk, newest first.")
    @Name("incidents")
    public List<@NonNull List<@NonNull IncidentView>> riskIncidents(@Source List<RiskView> list) {
        List<IncidentRisk> links = incidents.incidentsOfRisks(list.stream().map(RiskView::id).toList());
        Map<UUID, Incident> byId = incidents.byIds(links.stream().map(l -> l.incidentId).distinct().toList()).stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        Map<UUID, String> currency = new HashMap<>();
        access.readable(list.stream().map(RiskView::projectId).distinct().toList()).forEach((id, p) -> currency.put(id, p.currency));
        return list.stream().map(r -> links.stream().filter(l -> l.riskId.equals(r.id())).map(l -> byId.get(l.incidentId))
                .sorted((a, b) -> b.occurredAt.compareTo(a.occurredAt))
                .map(i -> IncidentView.of(i, currency.get(r.projectId()))).toList()).toList();
    }

    @NonNull
    @Description("Action items that target this risk or became it: the link back from the register to the post-mortems.")
    @Name("actionItems")
    public List<@NonNull List<@NonNull ActionItemView>> riskActionItems(@Source List<RiskView> list) {
        List<ActionItem> items = postmortems.actionItemsForRisks(list.stream().map(RiskView::id).toList());
        return list.stream().map(r -> items.stream().filter(a -> r.id().equals(a.targetRiskId) || r.id().equals(a.becameRiskId))
                .map(ActionItemView::of).toList()).toList();
    }

    @NonNull
    @Name("sourceActionItems")
    @Description("The post-mortem action items this gate came from: the link back from the register to the lessons.")
    public List<@NonNull List<@NonNull ActionItemView>> gateSourceActionItems(@Source List<QualityGateView> list) {
        List<ActionItem> items = postmortems.actionItemsThatBecame(list.stream().map(QualityGateView::id).toList());
        return list.stream().map(g -> items.stream().filter(a -> g.id().equals(a.becameGateId)).map(ActionItemView::of).toList()).toList();
    }

    @NonNull
    @Name("sourceActionItems")
    @Description("The post-mortem action items this investment proposal came from.")
    public List<@NonNull List<@NonNull ActionItemView>> investmentSourceActionItems(@Source List<InvestmentView> list) {
        List<ActionItem> items = postmortems.actionItemsThatBecame(list.stream().map(InvestmentView::id).toList());
        return list.stream().map(i -> items.stream().filter(a -> i.id().equals(a.becameInvestmentId)).map(ActionItemView::of).toList()).toList();
    }

    @Mutation
    @NonNull
    @Description("Reports an incident (contributors and up); the risks it materialized become MATERIALIZED and a DRAFT post-mortem opens.")
    public IncidentReportPayload incidentReport(@NonNull @Name("input") IncidentReportInput input) {
        Result<Incident> result = Mutations.run(() -> incidents.report(input));
        return new IncidentReportPayload(view(result.value()), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Changes an incident as more becomes known (contributors and up).")
    public IncidentUpdatePayload incidentUpdate(@NonNull @Name("input") IncidentUpdateInput input) {
        Result<Incident> result = Mutations.run(() -> incidents.update(input));
        return new IncidentUpdatePayload(view(result.value()), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Adds a typed loss to an incident (contributors and up).")
    public IncidentAddLossPayload incidentAddLoss(@NonNull @Name("input") IncidentAddLossInput input) {
        Result<LossItem> result = Mutations.run(() -> incidents.addLoss(input));
        if (!result.isOk()) {
            return new IncidentAddLossPayload(null, null, result.errors());
        }
        IncidentService.Found found = incidents.readable(input.incidentId()).orElseThrow();
        return new IncidentAddLossPayload(IncidentView.of(found.incident(), found.project().currency),
                LossItemView.of(result.value(), found.project().currency), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Edits a post-mortem and moves it DRAFT -> IN_REVIEW -> PUBLISHED, or reopens it (the project's manager).")
    public PostmortemUpdatePayload postmortemUpdate(@NonNull @Name("input") PostmortemUpdateInput input) {
        Result<Postmortem> result = Mutations.run(() -> postmortems.update(input));
        return new PostmortemUpdatePayload(Optional.ofNullable(result.value()).map(PostmortemView::of).orElse(null), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Adds a timeline entry to an incident's post-mortem (contributors and up).")
    public TimelineEntryAddPayload timelineEntryAdd(@NonNull @Name("input") TimelineEntryAddInput input) {
        Result<TimelineEntry> result = Mutations.run(() -> postmortems.addTimelineEntry(input));
        return new TimelineEntryAddPayload(Optional.ofNullable(result.value()).map(TimelineEntryView::of).orElse(null), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Adds an action item to an incident (the project's manager).")
    public ActionItemCreatePayload actionItemCreate(@NonNull @Name("input") ActionItemCreateInput input) {
        Result<ActionItem> result = Mutations.run(() -> postmortems.create(input));
        return new ActionItemCreatePayload(Optional.ofNullable(result.value()).map(ActionItemView::of).orElse(null), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Completes, drops (with a reason), commits to or re-plans an action item (the manager; a contributor may mark an item it owns DONE).")
    public ActionItemUpdatePayload actionItemUpdate(@NonNull @Name("input") ActionItemUpdateInput input) {
        Result<ActionItem> result = Mutations.run(() -> postmortems.update(input));
        return new ActionItemUpdatePayload(Optional.ofNullable(result.value()).map(ActionItemView::of).orElse(null), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Turns an action item into a new risk, a new estimate of a risk, or a new gate, linked both ways, in one step (the project's manager).")
    public ActionItemBecomePayload actionItemBecome(@NonNull @Name("input") ActionItemBecomeInput input) {
        Result<PostmortemService.Became> result = Mutations.run(() -> postmortems.become(input));
        return new ActionItemBecomePayload(Optional.ofNullable(result.value()).map(b -> ActionItemView.of(b.item())).orElse(null),
                result.errors());
    }

    private List<IncidentRisk> links(List<IncidentView> list) {
        return details.risksOf(list.stream().map(IncidentView::id).toList()).values().stream().flatMap(List::stream).toList();
    }

    private IncidentView view(Incident incident) {
        if (incident == null) {
            return null;
        }
        return IncidentView.of(incident, access.readable(incident.projectId).orElseThrow().currency);
    }

    private List<RiskView> riskPer(List<ActionItemView> list, Function<ActionItemView, UUID> id) {
        List<UUID> ids = list.stream().map(id).filter(Objects::nonNull).distinct().toList();
        Map<UUID, Risk> byId = risks.byIds(ids);
        Map<UUID, String> currency = new HashMap<>();
        access.readable(byId.values().stream().map(r -> r.projectId).distinct().toList()).forEach((k, p) -> currency.put(k, p.currency));
        return list.stream().map(a -> {
            Risk r = id.apply(a) == null ? null : byId.get(id.apply(a));
            return r == null ? null : RiskView.of(r, currency.get(r.projectId));
        }).toList();
    }

    private static <T> Map<UUID, List<T>> group(List<UUID> keys, List<T> items, Function<T, UUID> key) {
        Map<UUID, List<T>> grouped = new LinkedHashMap<>();
        keys.forEach(k -> grouped.put(k, new ArrayList<>()));
        items.forEach(item -> grouped.get(key.apply(item)).add(item));
        return grouped;
    }
}
