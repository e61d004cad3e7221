package io.averted.risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
import io.averted.project.MemberView;
import io.averted.project.Memberships;
import io.averted.project.ProjectAccess;
import io.averted.project.ProjectView;
import io.averted.shared.Connection;
import io.averted.shared.DatabaseOutageAsUnavailable;
import io.averted.shared.Ids;
import io.averted.shared.Keyset;
import io.averted.shared.Mutations;
import io.averted.shared.PageRequest;
import io.averted.shared.Result;
import io.quarkus.security.Authenticated;

/** The register over GraphQL. Every list field is resolved for all its parents at once: no SQL per row. */
@GraphQLApi
@DatabaseOutageAsUnavailable
@Authenticated
public class RiskGraphQL {

    @Inject
    RiskService service;

    @Inject
    ProjectAccess access;

    @Inject
    Memberships memberships;

    @Inject
    HistoryService history;

    @Inject
    MilestoneService milestones;

    @Query
    @Description("A risk by id; null when it does not exist or you are not a member of its project.")
    public RiskView risk(@NonNull @Id String id) {
        return Ids.parse(id).flatMap(service::readable).map(f -> RiskView.of(f.risk(), f.project().currency)).orElse(null);
    }

    @NonNull
    @Description("The project's risk register, one keyset page at a time.")
    public List<@NonNull RiskConnection> risks(@Source List<ProjectView> projects,
            @Description("Page size: 20 when absent, at most 100.") Integer first,
            @Description("Cursor of the risk to continue after, from the same orderBy.") String after,
            @Description("Narrows the register.") RiskFilter filter,
            @Description("Sort order; expected loss, largest first, when absent.") RiskOrder orderBy) {
        Keyset<Risk> keyset = RiskRepository.keyset(orderBy == null ? RiskOrder.DEFAULT : orderBy);
        PageRequest page = keyset.request(first, after);
        List<UUID> ids = projects.stream().map(ProjectView::id).toList();
        Map<UUID, String> currency = ProjectView.currencies(projects);
        return Connection.batch(keyset, page, () -> service.pages(ids, filter, keyset, page), r -> r.projectId,
                (cursor, r) -> new RiskEdge(cursor, RiskView.of(r, currency.get(r.projectId))), () -> service.counts(ids, filter))
                .connections(ids, RiskConnection::new);
    }

    @NonNull
    @Description("The project the risk belongs to.")
    public List<@NonNull ProjectView> project(@Source List<RiskView> risks) {
        Map<UUID, ProjectView> projects = new LinkedHashMap<>();
        access.readable(risks.stream().map(RiskView::projectId).distinct().toList())
                .forEach((id, p) -> projects.put(id, ProjectView.of(p)));
        return risks.stream().map(r -> projects.get(r.projectId())).toList();
    }

    @Description("The member who owns the risk; null when nobody does.")
    public List<MemberView> owner(@Source List<RiskView> risks) {
        var members = memberships.of(risks.stream().map(RiskView::projectId).distinct().toList());
        return risks.stream().map(r -> r.ownerUsername() == null ? null
                : members.get(r.projectId()).stream().filter(m -> m.username.equals(r.ownerUsername()))
                        .findFirst().map(MemberView::of).orElse(null))
                .toList();
    }

    @Description("The milestone the risk belongs to, if any.")
    public List<MilestoneView> milestone(@Source List<RiskView> risks) {
        Map<UUID, MilestoneView> byId = new LinkedHashMap<>();
        milestones.readable(risks.stream().map(RiskView::milestoneId).filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(m -> byId.put(m.id, MilestoneView.of(m)));
        return risks.stream().map(r -> r.milestoneId() == null ? null : byId.get(r.milestoneId())).toList();
    }

    @NonNull
    @Description("The risks that belong to the milestone, largest expected loss first.")
    public List<@NonNull List<@NonNull RiskView>> risks(@Source List<MilestoneView> list) {
        Map<UUID, List<RiskView>> byMilestone = new LinkedHashMap<>();
        list.forEach(m -> byMilestone.put(m.id(), new ArrayList<>()));
        Map<UUID, String> currencies = new LinkedHashMap<>();
        access.readable(list.stream().map(MilestoneView::projectId).distinct().toList()).forEach((id, p) -> currencies.put(id, p.currency));
        service.ofMilestones(byMilestone.keySet())
                .forEach(r -> byMilestone.get(r.milestoneId).add(RiskView.of(r, currencies.get(r.projectId))));
        return list.stream().map(m -> byMilestone.get(m.id())).toList();
    }

    @NonNull
    @Description("Every change to the risk, oldest first: who, when, and each field before and after.")
    public List<@NonNull List<@NonNull HistoryEntry>> history(@Source List<RiskView> risks) {
        return history.ofEach(Risk.class, risks, RiskView::id);
    }

    @Mutation
    @NonNull
    @Description("Adds a risk to a project's register (its manager, or an admin).")
    public RiskCreatePayload riskCreate(@NonNull @Name("input") RiskCreateInput input) {
        Result<RiskService.Found> result = Mutations.run(() -> service.create(input));
        return new RiskCreatePayload(view(result), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Changes a risk; refused with CONFLICT if it changed since the version you read.")
    public RiskUpdatePayload riskUpdate(@NonNull @Name("input") RiskUpdateInput input) {
        Result<RiskService.Found> result = Mutations.run(() -> service.update(input));
        return new RiskUpdatePayload(view(result), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Closes a risk: it stays in the register and its history as CLOSED.")
    public RiskClosePayload riskClose(@NonNull @Name("input") RiskCloseInput input) {
        Result<RiskService.Found> result = Mutations.run(() -> service.close(input));
        return new RiskClosePayload(view(result), result.errors());
    }

    private static RiskView view(Result<RiskService.Found> result) {
        return Optional.ofNullable(result.value()).map(f -> RiskView.of(f.risk(), f.project().currency)).orElse(null);
    }
}
