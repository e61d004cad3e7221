package io.averted.prevention;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("InvestmentDecision")
@Description("The sponsor's decision on a proposed investment.")
public enum InvestmentDecision {
    @Description("Fund it; its mitigations start counting towards residual loss.") APPROVED,
    @Description("Do not fund it; it stays on record with what it would have avoided.") REJECTED;

    InvestmentStatus status() {
        return InvestmentStatus.valueOf(name());
    }
}
