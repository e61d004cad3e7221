package io.averted.milestone;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("QualityGateRemoveInput")
@Description("Removes a gate from its milestone (the project's manager). The gate and its results stay on record.")
public record QualityGateRemoveInput(
        @NonNull @Id @Description("The gate.") UUID id,
        @NonNull @Description("The version you read.") Integer version,
        @NonNull @NotBlank @Size(max = 2000) @Description("Why the gate does not apply.") String reason) {
}
