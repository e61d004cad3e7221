package io.averted.prevention;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("InvestmentOperatingStatus")
@Description("The statuses investmentStatusSet moves an approved investment through.")
public enum InvestmentOperatingStatus {
    @Description("In operation; only from APPROVED.") ACTIVE,
    @Description("Out of operation; from APPROVED or ACTIVE.") RETIRED;

    InvestmentStatus status() {
        return InvestmentStatus.valueOf(name());
    }

    /** Whether an investment in {@code current} may move to this status. */
    boolean allowedFrom(InvestmentStatus current) {
        return switch (this) {
            case ACTIVE -> current == InvestmentStatus.APPROVED;
            case RETIRED -> current == InvestmentStatus.APPROVED || current == InvestmentStatus.ACTIVE;
        };
    }
}
