package io.averted.milestone;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MilestoneEdge")
@Description("A milestone in a connection, with its cursor.")
public record MilestoneEdge(
        @NonNull @Description("Opaque cursor.") String cursor,
        @NonNull @Description("The milestone.") MilestoneView node) {
}
