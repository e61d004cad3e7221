package io.averted.prevention;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("InvestmentStatusSetInput")
@Description("Puts an approved investment into operation or retires it (the project's manager or sponsor, or an admin).")
public record InvestmentStatusSetInput(
        @NonNull @Id @Description("The investment.") UUID id,
        @NonNull @Description("The version you read; a stale one is refused with CONFLICT.") Integer version,
        @NonNull @Description("ACTIVE (from APPROVED) or RETIRED (from APPROVED or ACTIVE).") InvestmentOperatingStatus status) {
}
