package io.averted.risk;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.Connection;
import io.averted.shared.PageInfo;

@Type("RiskConnection")
@Description("A page of a risk register.")
public final class RiskConnection {

    private final Connection<UUID, RiskEdge> connection;

    public RiskConnection(Connection<UUID, RiskEdge> connection) {
        this.connection = connection;
    }

    @NonNull
    @Description("The risks of this page.")
    public List<@NonNull RiskView> getNodes() {
        return connection.nodes(RiskEdge::node);
    }

    @NonNull
    @Description("The risks with their cursors.")
    public List<@NonNull RiskEdge> getEdges() {
        return connection.edges();
    }

    @NonNull
    @Description("Paging information.")
    public PageInfo getPageInfo() {
        return connection.pageInfo();
    }

    @NonNull
    @Description("How many risks match the filter in all.")
    public int getTotalCount() {
        return connection.totalCount();
    }
}
