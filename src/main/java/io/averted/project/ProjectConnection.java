package io.averted.project;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.PageInfo;

@Type("ProjectConnection")
@Description("A page of projects, ordered by key.")
public record ProjectConnection(
        @NonNull @Description("The projects of this page.") List<@NonNull ProjectView> nodes,
        @NonNull @Description("The projects with their cursors.") List<@NonNull ProjectEdge> edges,
        @NonNull @Description("Paging information.") PageInfo pageInfo,
        @NonNull @Description("How many projects you can see in all.") int totalCount) {
}
