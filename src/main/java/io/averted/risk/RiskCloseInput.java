package io.averted.risk;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RiskCloseInput")
@Description("Closes a risk. It stays in the register, with its history, as CLOSED.")
public record RiskCloseInput(
        @NonNull @Id @Description("The risk.") UUID id,
        @NonNull @Description("The version you read.") Integer version,
        @Size(max = 2000) @Description("Why it is no longer a risk.") String reason) {
}
