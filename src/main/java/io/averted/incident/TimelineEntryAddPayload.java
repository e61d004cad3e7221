package io.averted.incident;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserError;

@Type("TimelineEntryAddPayload")
@Description("Result of timelineEntryAdd.")
public record TimelineEntryAddPayload(
        @Description("The entry; null when there are user errors.") TimelineEntryView entry,
        @NonNull @Description("What to fix; empty on success. Nothing changed when there are any.") List<@NonNull UserError> userErrors) {
}
