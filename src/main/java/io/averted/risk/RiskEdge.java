package io.averted.risk;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RiskEdge")
@Description("A risk in a connection, with its cursor.")
public record RiskEdge(
        @NonNull @Description("Opaque cursor of this risk in this ordering.") String cursor,
        @NonNull @Description("The risk.") RiskView node) {
}
