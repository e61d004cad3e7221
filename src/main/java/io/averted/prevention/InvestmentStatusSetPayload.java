package io.averted.prevention;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserError;

@Type("InvestmentStatusSetPayload")
@Description("Result of investmentStatusSet: the investment, or the user errors that stopped the change.")
public record InvestmentStatusSetPayload(
        @Description("The investment as saved; null when there are user errors.") InvestmentView investment,
        @NonNull @Description("What to fix; empty on success.") List<@NonNull UserError> userErrors) {
}
