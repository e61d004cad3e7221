package io.averted.incident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("LossType")
@Description("What kind of money an incident cost.")
public enum LossType {
    @Description("People's time: hours x the rate recorded with the item.") LABOR,
    @Description("Revenue lost.") REVENUE,
    @Description("Fines and contractual penalties.") PENALTY,
    @Description("Credits and refunds to customers.") CUSTOMER_CREDIT,
    @Description("Recovery costs (vendors, tools, overtime other than labor).") RECOVERY,
    @Description("Cost of data lost or re-created.") DATA_LOSS,
    @Description("Anything else.") OTHER
}
