package io.averted.prevention;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("InvestmentEdge")
@Description("An investment in a connection, with its cursor.")
public record InvestmentEdge(
        @NonNull @Description("Opaque cursor of this investment.") String cursor,
        @NonNull @Description("The investment.") InvestmentView node) {
}
