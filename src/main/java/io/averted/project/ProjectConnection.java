package io.averted.project;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.Connection;
import io.averted.shared.PageInfo;

@Type("ProjectConnection")
@Description("A page of projects, ordered by key.")
public final class ProjectConnection {

    private final Connection<String, ProjectEdge> connection;

    public ProjectConnection(Connection<String, ProjectEdge> connection) {
        this.connection = connection;
    }

    @NonNull
    @Description("The projects of this page.")
    public List<@NonNull ProjectView> getNodes() {
        return connection.nodes(ProjectEdge::node);
    }

    @NonNull
    @Description("The projects with their cursors.")
    public List<@NonNull ProjectEdge> getEdges() {
        return connection.edges();
    }

    @NonNull
    @Description("Paging information.")
    public PageInfo getPageInfo() {
        return connection.pageInfo();
    }

    @NonNull
    @Description("How many projects you can see in all.")
    public int getTotalCount() {
        return connection.totalCount();
    }
}
