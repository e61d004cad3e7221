package io.averted.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.averted.milestone.GateService;
import io.averted.milestone.QualityGateView;
import io.averted.prevention.Investment;
import io.averted.prevention.InvestmentService;
import io.averted.prevention.InvestmentView;
import io.averted.project.MemberView;
import io.averted.project.Memberships;
import io.averted.project.Project;
import io.averted.project.ProjectAccess;
import io.averted.project.ProjectService;
import io.averted.project.ProjectView;
import io.averted.risk.Risk;
import io.averted.risk.RiskService;
import io.averted.risk.RiskView;
import io.averted.shared.DatabaseOutageAsUnavailable;
import io.averted.shared.Mutations;
import io.averted.shared.Result;
import io.quarkus.security.Authenticated;

/**
 * Action items over GraphQL, with the links to them from projects, incidents, risks, gates and investments; every
 * nested field is one statement for all parents.
 */
@GraphQLApi
@DatabaseOutageAsUnavailable
@Authenticated
public class ActionItemGraphQL {

    @Inject
    Clock clock;

    @Inject
    PostmortemService postmortems;

    @Inject
    ProjectService projects;

    @Inject
    Memberships memberships;

    @Inject
    IncidentService incidents;

    @Inject
    ProjectAccess access;

    @Inject
    RiskService risks;

    @Inject
    GateService gates;

    @Inject
    InvestmentService investments;

    @Query
    @NonNull
    @Description("Action items across every project you can see: one owner's, only overdue ones, or both.")
    public List<@NonNull ActionItemView> actionItems(@Description("Owner's username.") String owner,
            @Description("Only OPEN items past their due date.") Boolean overdue) {
        return postmortems.actionItems(projects.visibleIds(), owner, Boolean.TRUE.equals(overdue), null).stream()
                .map(this::actionItemView).toList();
    }

    @NonNull
    @Description("The project's action items: filter by owner, overdue, status.")
    @Name("actionItems")
    public List<@NonNull List<@NonNull ActionItemView>> projectActionItems(@Source List<ProjectView> list,
            @Description("Owner's username.") String owner, @Description("Only OPEN items past their due date.") Boolean overdue,
            @Description("Only these statuses.") List<ActionItemStatus> status) {
        List<UUID> ids = list.stream().map(ProjectView::id).toList();
        Map<UUID, List<ActionItemView>> byProject = group(ids,
                postmortems.actionItems(ids, owner, Boolean.TRUE.equals(overdue), status).stream().map(this::actionItemView).toList(),
                ActionItemView::projectId);
        return list.stream().map(p -> byProject.get(p.id())).toList();
    }

    @NonNull
    @Description("Its action items, in the order they were created.")
    @Name("actionItems")
    public List<@NonNull List<@NonNull ActionItemView>> incidentActionItems(@Source List<IncidentView> list) {
        List<UUID> ids = list.stream().map(IncidentView::id).toList();
        Map<UUID, List<ActionItemView>> byIncident = group(ids,
                postmortems.actionItemsOf(ids).stream().map(this::actionItemView).toList(), ActionItemView::incidentId);
        return list.stream().map(i -> byIncident.get(i.id())).toList();
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
    @Description("Action items that target this risk or became it: the link back from the register to the post-mortems.")
    @Name("actionItems")
    public List<@NonNull List<@NonNull ActionItemView>> riskActionItems(@Source List<RiskView> list) {
        List<ActionItem> items = postmortems.actionItemsForRisks(list.stream().map(RiskView::id).toList());
        return list.stream().map(r -> items.stream().filter(a -> r.id().equals(a.targetRiskId) || r.id().equals(a.becameRiskId()))
                .map(this::actionItemView).toList()).toList();
    }

    @NonNull
    @Name("sourceActionItems")
    @Description("The post-mortem action items this gate came from: the link back from the register to the lessons.")
    public List<@NonNull List<@NonNull ActionItemView>> gateSourceActionItems(@Source List<QualityGateView> list) {
        List<ActionItem> items = postmortems.actionItemsThatBecame(list.stream().map(QualityGateView::id).toList());
        return list.stream().map(g -> items.stream().filter(a -> g.id().equals(a.becameGateId())).map(this::actionItemView).toList()).toList();
    }

    @NonNull
    @Name("sourceActionItems")
    @Description("The post-mortem action items this investment proposal came from.")
    public List<@NonNull List<@NonNull ActionItemView>> investmentSourceActionItems(@Source List<InvestmentView> list) {
        List<ActionItem> items = postmortems.actionItemsThatBecame(list.stream().map(InvestmentView::id).toList());
        return list.stream().map(i -> items.stream().filter(a -> i.id().equals(a.becameInvestmentId())).map(this::actionItemView).toList()).toList();
    }

    @Mutation
    @NonNull
    @Description("Adds an action item to an incident (the project's manager).")
    public ActionItemCreatePayload actionItemCreate(@NonNull @Name("input") ActionItemCreateInput input) {
        Result<ActionItem> result = Mutations.run(() -> postmortems.create(input));
        return new ActionItemCreatePayload(Optional.ofNullable(result.value()).map(this::actionItemView).orElse(null), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Completes, drops (with a reason), commits to or re-plans an action item (the manager; a contributor may mark an item it owns DONE).")
    public ActionItemUpdatePayload actionItemUpdate(@NonNull @Name("input") ActionItemUpdateInput input) {
        Result<ActionItem> result = Mutations.run(() -> postmortems.update(input));
        return new ActionItemUpdatePayload(Optional.ofNullable(result.value()).map(this::actionItemView).orElse(null), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Turns an action item into a new risk, a new estimate of a risk, or a new gate, linked both ways, in one step (the project's manager).")
    public ActionItemBecomePayload actionItemBecome(@NonNull @Name("input") ActionItemBecomeInput input) {
        Result<PostmortemService.Became> result = Mutations.run(() -> postmortems.become(input), Map.of("action_item_investment_fk", "investment"));
        return new ActionItemBecomePayload(Optional.ofNullable(result.value()).map(b -> actionItemView(b.item())).orElse(null),
                result.errors());
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

    private ActionItemView actionItemView(ActionItem item) {
        return ActionItemView.of(item, LocalDate.now(clock));
    }
}
