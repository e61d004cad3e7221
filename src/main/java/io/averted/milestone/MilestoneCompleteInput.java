package io.averted.milestone;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MilestoneCompleteInput")
@Description("Completes a milestone; refused with GATES_NOT_PASSED while a blocking gate is not PASSED or WAIVED.")
public record MilestoneCompleteInput(
        @NonNull @Id @Description("The milestone.") UUID id,
        @NonNull @Description("The version you read.") Integer version) {
}
