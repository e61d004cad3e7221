package io.averted.prevention;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.Connection;
import io.averted.shared.PageInfo;

@Type("InvestmentConnection")
@Description("A page of a project's investments, oldest first.")
public final class InvestmentConnection {

    private final Connection<UUID, InvestmentEdge> connection;

    public InvestmentConnection(Connection<UUID, InvestmentEdge> connection) {
        this.connection = connection;
    }

    @NonNull
    @Description("The investments of this page.")
    public List<@NonNull InvestmentView> getNodes() {
        return connection.nodes(InvestmentEdge::node);
    }

    @NonNull
    @Description("The investments with their cursors.")
    public List<@NonNull InvestmentEdge> getEdges() {
        return connection.edges();
    }

    @NonNull
    @Description("Paging information.")
    public PageInfo getPageInfo() {
        return connection.pageInfo();
    }

    @NonNull
    @Description("How many investments match the status filter in all.")
    public int getTotalCount() {
        return connection.totalCount();
    }
}
