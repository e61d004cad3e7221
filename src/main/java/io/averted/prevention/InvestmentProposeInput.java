package io.averted.prevention;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("InvestmentProposeInput")
@Description("A new investment proposal for a project (its manager, or an admin), with the risks it mitigates.")
public record InvestmentProposeInput(
        @NonNull @Id @Description("The project.") UUID projectId,
        @NonNull @NotBlank @Size(max = 200) @Description("Short name, at most 200 characters.") String name,
        @Size(max = 4000) @Description("What it is and how it prevents loss, at most 4000 characters.") String description,
        @NonNull @Description("What kind of prevention it buys.") InvestmentKind kind,
        @Size(max = 200) @Description("Who supplies it, at most 200 characters.") String vendor,
        @NonNull @DecimalMin("0") @Digits(integer = 17, fraction = 2)
        @Description("Cost paid once, at least 0, at most 2 decimals.") BigDecimal oneTimeCost,
        @NonNull @DecimalMin("0") @Digits(integer = 17, fraction = 2)
        @Description("Cost paid every year, at least 0, at most 2 decimals.") BigDecimal annualCost,
        @NonNull @Description("The risks of the same project it mitigates, each at most once; may be empty.")
        List<@NonNull @Valid InvestmentMitigationInput> mitigations) {
}
