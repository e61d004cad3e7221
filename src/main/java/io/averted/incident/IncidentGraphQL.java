package io.averted.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import io.averted.prevention.Investment;
import io.averted.prevention.InvestmentService;
import io.averted.prevention.InvestmentView;
import io.averted.prevention.Mitigation;
import io.averted.project.Project;
import io.averted.project.ProjectAccess;
import io.averted.project.ProjectView;
import io.averted.risk.Risk;
import io.averted.risk.RiskService;
import io.averted.risk.RiskView;
import io.averted.shared.Connection;
import io.averted.shared.Ids;
import io.averted.shared.Money;
import io.averted.shared.DatabaseOutageAsUnavailable;
import io.averted.shared.Mutations;
import io.averted.shared.PageRequest;
import io.averted.shared.Result;
import io.quarkus.security.Authenticated;

/** Incidents and their losses over GraphQL; every nested field is one statement for all parents. */
@GraphQLApi
@DatabaseOutageAsUnavailable
@Authenticated
public class IncidentGraphQL {

    @Inject
    Clock clock;

    @Inject
    IncidentService incidents;

    @Inject
    PostmortemService postmortems;

    @Inject
    ProjectAccess access;

    @Inject
    MilestoneService milestones;

    @Inject
    RiskService risks;

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
    @Description("Action items that were DONE before this incident and targeted a risk it materialized: the fix did not hold.")
    public List<@NonNull List<@NonNull ActionItemView>> recurrenceOf(@Source List<IncidentView> list) {
        List<IncidentRisk> links = links(list);
        List<ActionItem> candidates = postmortems.actionItemsForRisks(links.stream().map(l -> l.riskId).distinct().toList());
        return list.stream().map(incident -> {
            Set<UUID> materialized = links.stream().filter(l -> l.incidentId.equals(incident.id())).map(l -> l.riskId)
                    .collect(Collectors.toSet());
            return candidates.stream().filter(a -> a.didNotPrevent(incident.id(), incident.occurredAt(), materialized))
                    .map(this::actionItemView).toList();
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
        return history.ofEach(Incident.class, list, IncidentView::id);
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
                // newest first; ties by id as PostgreSQL orders uuids (their text), as the SQL read path does
                .sorted(java.util.Comparator.comparing((Incident i) -> i.occurredAt).thenComparing(i -> i.id.toString()).reversed())
                .map(i -> IncidentView.of(i, currency.get(r.projectId()))).toList()).toList();
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

    private List<IncidentRisk> links(List<IncidentView> list) {
        return details.risksOf(list.stream().map(IncidentView::id).toList()).values().stream().flatMap(List::stream).toList();
    }

    private IncidentView view(Incident incident) {
        if (incident == null) {
            return null;
        }
        return IncidentView.of(incident, access.readable(incident.projectId).orElseThrow().currency);
    }

    private ActionItemView actionItemView(ActionItem item) {
        return ActionItemView.of(item, LocalDate.now(clock));
    }
}
