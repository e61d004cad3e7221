package io.averted.milestone;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("QualityGateCreateInput")
@Description("A new gate on a milestone (the project's manager). It starts PENDING.")
public record QualityGateCreateInput(
        @NonNull @Id @Description("The milestone.") UUID milestoneId,
        @NonNull @NotBlank @Size(max = 200) @Description("Name.") String name,
        @NonNull @Description("What it checks.") GateKind kind,
        @Size(max = 4000) @Description("What must be true to pass.") String criteria,
        @Description("Whether it blocks completion; true when absent.") Boolean blocking,
        @Id @Description("The investment (tool or process) that automates this gate, if any.") UUID automatedByInvestmentId) {
}
