package io.averted.incident;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.Connection;
import io.averted.shared.PageInfo;

@Type("IncidentConnection")
@Description("A page of a project's incidents, newest first.")
public final class IncidentConnection {

    private final Connection<UUID, IncidentEdge> connection;

    public IncidentConnection(Connection<UUID, IncidentEdge> connection) {
        this.connection = connection;
    }

    @NonNull
    @Description("The incidents of this page.")
    public List<@NonNull IncidentView> getNodes() {
        return connection.nodes(IncidentEdge::node);
    }

    @NonNull
    @Description("The incidents with their cursors.")
    public List<@NonNull IncidentEdge> getEdges() {
        return connection.edges();
    }

    @NonNull
    @Description("Paging information.")
    public PageInfo getPageInfo() {
        return connection.pageInfo();
    }

    @NonNull
    @Description("How many incidents the project has.")
    public int getTotalCount() {
        return connection.totalCount();
    }
}
