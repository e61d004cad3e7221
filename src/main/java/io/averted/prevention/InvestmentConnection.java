package io.averted.prevention;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.PageInfo;

@Type("InvestmentConnection")
@Description("A page of a project's investments, oldest first.")
public record InvestmentConnection(
        @NonNull @Description("The investments of this page.") List<@NonNull InvestmentView> nodes,
        @NonNull @Description("The investments with their cursors.") List<@NonNull InvestmentEdge> edges,
        @NonNull @Description("Paging information.") PageInfo pageInfo,
        @NonNull @Description("How many investments match the status filter in all.") int totalCount) {
}
