package io.averted.milestone;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.PageInfo;

@Type("MilestoneConnection")
@Description("A page of a project's milestones, ordered by due date.")
public record MilestoneConnection(
        @NonNull @Description("The milestones of this page.") List<@NonNull MilestoneView> nodes,
        @NonNull @Description("The milestones with their cursors.") List<@NonNull MilestoneEdge> edges,
        @NonNull @Description("Paging information.") PageInfo pageInfo,
        @NonNull @Description("How many milestones the project has.") int totalCount) {
}
