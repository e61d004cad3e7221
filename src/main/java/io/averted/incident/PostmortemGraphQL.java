package io.averted.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.averted.history.HistoryEntry;
import io.averted.history.HistoryService;
import io.averted.shared.DatabaseOutageAsUnavailable;
import io.averted.shared.Mutations;
import io.averted.shared.Result;
import io.quarkus.security.Authenticated;

/** Blameless post-mortems and their timelines over GraphQL; every nested field is one statement for all parents. */
@GraphQLApi
@DatabaseOutageAsUnavailable
@Authenticated
public class PostmortemGraphQL {

    @Inject
    PostmortemService postmortems;

    @Inject
    HistoryService history;

    @NonNull
    @Description("Its blameless post-mortem (opened as a DRAFT when the incident is reported).")
    public List<@NonNull PostmortemView> postmortem(@Source List<IncidentView> list) {
        Map<UUID, PostmortemView> byIncident = new HashMap<>();
        postmortems.postmortemsOf(list.stream().map(IncidentView::id).toList())
                .forEach(p -> byIncident.put(p.incidentId, PostmortemView.of(p)));
        return list.stream().map(i -> byIncident.get(i.id())).toList();
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
    public List<@NonNull List<@NonNull HistoryEntry>> history(@Source List<PostmortemView> list) {
        return history.ofEach(Postmortem.class, list, PostmortemView::id);
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
}
