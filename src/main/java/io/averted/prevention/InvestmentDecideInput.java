package io.averted.prevention;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("InvestmentDecideInput")
@Description("The sponsor's decision on a PROPOSED investment. Only the project's sponsor decides, not even an admin.")
public record InvestmentDecideInput(
        @NonNull @Id @Description("The investment.") UUID id,
        @NonNull @Description("The version you read; a stale one is refused with CONFLICT.") Integer version,
        @NonNull @Description("APPROVED or REJECTED.") InvestmentDecision decision,
        @NonNull @NotBlank @Size(max = 4000) @Description("Why, for the record; required, at most 4000 characters.") String rationale) {
}
