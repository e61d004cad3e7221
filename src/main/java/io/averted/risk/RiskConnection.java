package io.averted.risk;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.PageInfo;

@Type("RiskConnection")
@Description("A page of a risk register.")
public record RiskConnection(
        @NonNull @Description("The risks of this page.") List<@NonNull RiskView> nodes,
        @NonNull @Description("The risks with their cursors.") List<@NonNull RiskEdge> edges,
        @NonNull @Description("Paging information.") PageInfo pageInfo,
        @NonNull @Description("How many risks match the filter in all.") int totalCount) {
}
