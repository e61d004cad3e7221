package io.averted.risk;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RiskOrderField")
@Description("What the register can be sorted by. Ties are broken by id, so paging is stable.")
public enum RiskOrderField {
    @Description("likelihood x impact.") SCORE,
    @Description("Inherent expected loss.") EXPECTED_LOSS,
    @Description("Next review date; risks without one come last in ascending order.") NEXT_REVIEW,
    @Description("Last change.") UPDATED
}
