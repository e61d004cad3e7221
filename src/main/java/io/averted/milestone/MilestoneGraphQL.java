package io.averted.milestone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.averted.history.HistoryEntry;
import io.averted.history.HistoryService;
import io.averted.project.ProjectAccess;
import io.averted.project.ProjectView;
import io.averted.shared.Connection;
import io.averted.shared.DatabaseOutageAsUnavailable;
import io.averted.shared.Mutations;
import io.averted.shared.PageRequest;
import io.averted.shared.Result;
import io.quarkus.security.Authenticated;

/** Milestones and their gates over GraphQL; every nested list is one statement for all its parents. */
@GraphQLApi
@DatabaseOutageAsUnavailable
@Authenticated
public class MilestoneGraphQL {

    @Inject
    MilestoneService milestones;

    @Inject
    GateService gates;

    @Inject
    ProjectAccess access;

    @Inject
    HistoryService history;

    @NonNull
    @Description("The project's milestones, by due date (then id).")
    public List<@NonNull MilestoneConnection> milestones(@Source List<ProjectView> projects,
            @Description("Page size: 20 when absent, at most 100.") Integer first,
            @Description("Cursor of the milestone to continue after.") String after,
            @Description("Only milestones in these statuses.") List<MilestoneStatus> status) {
        PageRequest page = MilestoneRepository.BY_DUE_DATE.request(first, after);
        List<UUID> ids = projects.stream().map(ProjectView::id).toList();
        List<MilestoneStatus> statuses = status == null ? List.of() : status.stream().filter(java.util.Objects::nonNull).toList();
        return Connection.batch(MilestoneRepository.BY_DUE_DATE, page, () -> milestones.pages(ids, statuses, page), m -> m.projectId,
                (cursor, m) -> new MilestoneEdge(cursor, MilestoneView.of(m)), () -> milestones.counts(ids, statuses))
                .connections(ids, MilestoneConnection::new);
    }

    @NonNull
    @Description("The project the milestone belongs to.")
    public List<@NonNull ProjectView> project(@Source List<MilestoneView> list) {
        var projects = access.readable(list.stream().map(MilestoneView::projectId).distinct().toList());
        return list.stream().map(m -> ProjectView.of(projects.get(m.projectId()))).toList();
    }

    @NonNull
    @Description("The milestone's gates in the order they were added; removed gates only when asked for.")
    public List<@NonNull List<@NonNull QualityGateView>> gates(@Source List<MilestoneView> list,
            @DefaultValue("false") @Description("Include gates the manager removed.") boolean includeRemoved) {
        return gatesPer(list, g -> includeRemoved || !g.removed());
    }

    @NonNull
    @Description("The blocking gates that keep the milestone from completing: not PASSED or WAIVED. Empty when it can complete.")
    public List<@NonNull List<@NonNull QualityGateView>> gatesInTheWay(@Source List<MilestoneView> list) {
        return gatesPer(list, QualityGate::blocksCompletion);
    }

    private List<List<QualityGateView>> gatesPer(List<MilestoneView> list, Predicate<QualityGate> keep) {
        Map<UUID, List<QualityGateView>> byMilestone = new LinkedHashMap<>();
        list.forEach(m -> byMilestone.put(m.id(), new ArrayList<>()));
        gates.ofMilestones(byMilestone.keySet()).stream().filter(keep)
                .forEach(g -> byMilestone.get(g.milestoneId).add(QualityGateView.of(g)));
        return list.stream().map(m -> byMilestone.get(m.id())).toList();
    }

    @NonNull
    @Description("Every change to the milestone, oldest first.")
    public List<@NonNull List<@NonNull HistoryEntry>> history(@Source List<MilestoneView> list) {
        return history.ofEach(Milestone.class, list, MilestoneView::id);
    }

    @Query
    @NonNull
    @Description("The gates each kind of milestone starts with (all kinds when absent).")
    public List<@NonNull GateTemplateView> gateTemplates(@Description("Milestone kind.") MilestoneKind kind) {
        return gates.templates(kind).stream().map(GateTemplateView::of).toList();
    }

    @Mutation
    @NonNull
    @Description("Creates a milestone with the template gates of its kind (the project's manager).")
    public MilestoneCreatePayload milestoneCreate(@NonNull @Name("input") MilestoneCreateInput input) {
        Result<Milestone> result = Mutations.run(() -> milestones.create(input));
        return new MilestoneCreatePayload(view(result), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Changes a milestone's name, description, due date or status (the project's manager).")
    public MilestoneUpdatePayload milestoneUpdate(@NonNull @Name("input") MilestoneUpdateInput input) {
        Result<Milestone> result = Mutations.run(() -> milestones.update(input));
        return new MilestoneUpdatePayload(view(result), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Completes a milestone; refused with one GATES_NOT_PASSED error per blocking gate that is not PASSED or WAIVED.")
    public MilestoneCompletePayload milestoneComplete(@NonNull @Name("input") MilestoneCompleteInput input) {
        Result<Milestone> result = Mutations.run(() -> milestones.complete(input));
        return new MilestoneCompletePayload(view(result), result.errors());
    }

    private static MilestoneView view(Result<Milestone> result) {
        return Optional.ofNullable(result.value()).map(MilestoneView::of).orElse(null);
    }
}
