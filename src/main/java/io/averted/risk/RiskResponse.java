package io.averted.risk;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RiskResponse")
@Description("The chosen response to a risk.")
public enum RiskResponse {
    @Description("Change the plan so the risk cannot occur.") AVOID,
    @Description("Reduce its probability or its loss.") MITIGATE,
    @Description("Shift the loss to someone else (insurance, contract).") TRANSFER,
    @Description("Live with it.") ACCEPT
}
