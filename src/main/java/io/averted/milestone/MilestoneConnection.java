package io.averted.milestone;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.Connection;
import io.averted.shared.PageInfo;

@Type("MilestoneConnection")
@Description("A page of a project's milestones, ordered by due date.")
public final class MilestoneConnection {

    private final Connection<UUID, MilestoneEdge> connection;

    public MilestoneConnection(Connection<UUID, MilestoneEdge> connection) {
        this.connection = connection;
    }

    @NonNull
    @Description("The milestones of this page.")
    public List<@NonNull MilestoneView> getNodes() {
        return connection.nodes(MilestoneEdge::node);
    }

    @NonNull
    @Description("The milestones with their cursors.")
    public List<@NonNull MilestoneEdge> getEdges() {
        return connection.edges();
    }

    @NonNull
    @Description("Paging information.")
    public PageInfo getPageInfo() {
        return connection.pageInfo();
    }

    @NonNull
    @Description("How many milestones the project has.")
    public int getTotalCount() {
        return connection.totalCount();
    }
}
