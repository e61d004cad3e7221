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

@Input("InvestmentMitigationInput")
@Description("A risk a proposed investment mitigates, and by how much.")
public record InvestmentMitigationInput(
        @NonNull @Id @Description("The risk; it must belong to the investment's project.") UUID riskId,
        @NonNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6)
        @Description("Fraction of the probability it removes, 0-1, at most 6 decimals.") BigDecimal probabilityReduction,
        @NonNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6)
        @Description("Fraction of the loss of one occurrence it removes, 0-1, at most 6 decimals.") BigDecimal lossReduction) {
}
