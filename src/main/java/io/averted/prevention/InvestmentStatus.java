package io.averted.prevention;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("InvestmentStatus")
@Description("Where an investment stands. Only APPROVED and ACTIVE investments reduce residual loss.")
public enum InvestmentStatus {
    @Description("Proposed by the manager, waiting for the sponsor's decision.") PROPOSED,
    @Description("Approved by the sponsor; counts as in force.") APPROVED,
    @Description("Rejected by the sponsor; its return is the what-if of having adopted it.") REJECTED,
    @Description("Approved and in operation; counts as in force.") ACTIVE,
    @Description("No longer in operation; no longer reduces residual loss.") RETIRED;

    /** Whether the investment's mitigations count towards residual loss (PRODUCT.md section 4). */
    public boolean inForce() {
        return this == APPROVED || this == ACTIVE;
    }
}
