package io.averted.project;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ProjectEdge")
@Description("A project in a connection, with its cursor.")
public record ProjectEdge(
        @NonNull @Description("Opaque cursor of this project.") String cursor,
        @NonNull @Description("The project.") ProjectView node) {
}
