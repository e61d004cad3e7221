package io.averted.milestone;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("QualityGateWaiveInput")
@Description("Waives a gate: the project's sponsor only, with a reason.")
public record QualityGateWaiveInput(
        @NonNull @Id @Description("The gate.") UUID id,
        @NonNull @Description("The version you read.") Integer version,
        @Size(max = 2000) @Description("Why the sponsor accepts the milestone without this gate passing. Required.") String reason) {
}
