package io.averted.incident;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.PageInfo;

@Type("IncidentConnection")
@Description("A page of a project's incidents, newest first.")
public record IncidentConnection(
        @NonNull @Description("The incidents of this page.") List<@NonNull IncidentView> nodes,
        @NonNull @Description("The incidents with their cursors.") List<@NonNull IncidentEdge> edges,
        @NonNull @Description("Paging information.") PageInfo pageInfo,
        @NonNull @Description("How many incidents the project has.") int totalCount) {
}
