package io.averted.incident;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TimelineEntry")
@Description("One moment of an incident's timeline.")
public record TimelineEntryView(
        @NonNull @Description("When it happened.") OffsetDateTime at,
        @NonNull @Description("What happened.") String description,
        @NonNull @Description("Who wrote it down.") String recordedBy) {

    static TimelineEntryView of(TimelineEntry t) {
        return new TimelineEntryView(t.at, t.description, t.recordedBy);
    }
}
