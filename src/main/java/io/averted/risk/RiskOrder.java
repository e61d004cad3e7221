package io.averted.risk;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.averted.shared.OrderDirection;

@Input("RiskOrder")
@Description("Sort order of the register.")
public record RiskOrder(
        @NonNull @Description("Sort key.") RiskOrderField field,
        @NonNull @Description("Direction.") OrderDirection direction) {

    public static final RiskOrder DEFAULT = new RiskOrder(RiskOrderField.EXPECTED_LOSS, OrderDirection.DESC);
}
