package io.averted.risk;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RiskStatus")
@Description("Where a risk stands.")
public enum RiskStatus {
    @Description("Recorded, no response under way yet.") IDENTIFIED,
    @Description("A response is under way.") MITIGATING,
    @Description("Knowingly accepted as it is.") ACCEPTED,
    @Description("No longer a risk (set by riskClose).") CLOSED,
    @Description("It happened: an incident materialized it.") MATERIALIZED;

    /** Statuses a person sets directly; CLOSED goes through riskClose, MATERIALIZED through incidents. */
    public boolean settableByHand() {
        return this == IDENTIFIED || this == MITIGATING || this == ACCEPTED;
    }
}
