package io.averted.incident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("IncidentEdge")
@Description("An incident in a connection, with its cursor.")
public record IncidentEdge(
        @NonNull @Description("Opaque cursor.") String cursor,
        @NonNull @Description("The incident.") IncidentView node) {
}
