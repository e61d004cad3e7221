package io.averted.history;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("HistoryEntry")
@Description("One recorded change: who made it, when, and each field before and after.")
public record HistoryEntry(
        @Ignore UUID entityId,
        @NonNull @Description("Which kind of object changed, as its table is named: project, project_member, risk, milestone, quality_gate, investment, mitigation, incident, incident_risk, loss_item, postmortem, timeline_entry or action_item.") String entity,
        @NonNull @Description("When the change was committed.") OffsetDateTime at,
        @NonNull @Description("Username of the person or service account that made it.") String actor,
        @NonNull @Description("Creation or update.") HistoryOperation operation,
        @NonNull @Description("The fields that changed, in alphabetical order.") List<@NonNull FieldChange> changes) {
}
