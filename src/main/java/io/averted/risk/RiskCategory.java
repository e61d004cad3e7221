package io.averted.risk;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RiskCategory")
@Description("What kind of harm a risk threatens.")
public enum RiskCategory {
    @Description("Wrong, lost or corrupted data.") DATA_INTEGRITY,
    @Description("Outages and degraded service.") AVAILABILITY,
    @Description("Breaches and exposure.") SECURITY,
    @Description("Delays.") SCHEDULE,
    @Description("Overspend.") COST,
    @Description("Legal and regulatory breaches.") COMPLIANCE,
    @Description("Staffing, skills and key people.") PEOPLE,
    @Description("Suppliers and their products.") VENDOR,
    @Description("Anything else.") OTHER
}
