package io.averted.prevention;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MitigationLinkInput")
@Description("Links an investment to a risk of its project, or changes the reductions of the existing link (the project's manager, or an admin).")
public record MitigationLinkInput(
        @NonNull @Id @Description("The investment.") UUID investmentId,
        @NonNull @Id @Description("The risk; it must belong to the investment's project.") UUID riskId,
        @NonNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6)
        @Description("Fraction of the probability it removes, 0-1, at most 6 decimals.") BigDecimal probabilityReduction,
        @NonNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6)
        @Description("Fraction of the loss of one occurrence it removes, 0-1, at most 6 decimals.") BigDecimal lossReduction,
        @Description("Required when changing an existing link: the version you read; a stale one is refused with CONFLICT. Absent for a new link. Changing the mitigations of a decided investment sends it back to PROPOSED for a new decision.")
        Integer version) {
}
