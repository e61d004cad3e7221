package io.averted.risk;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserError;

@Type("RiskUpdatePayload")
@Description("Result of riskUpdate: the risk, or the user errors that stopped the change.")
public record RiskUpdatePayload(
        @Description("The risk as saved; null when there are user errors.") RiskView risk,
        @NonNull @Description("What to fix; empty on success.") List<@NonNull UserError> userErrors) {
}
