package io.averted.milestone;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("QualityGateRecordResultInput")
@Description("A result for a gate, with its evidence (contributors and managers, people or pipelines). Every result is kept.")
public record QualityGateRecordResultInput(
        @NonNull @Id @Description("The gate.") UUID gateId,
        @NonNull @Description("Passed or failed.") GateOutcome outcome,
        @Size(max = 4000) @Description("What was checked and found.") String note,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") @Description("Link to the evidence.") String link,
        @Size(max = 50) @Description("Measured values, at most 50.") List<@Valid MeasurementInput> measurements,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) @Description("Hours spent checking: the gate's appraisal cost.") BigDecimal effortHours,
        @DecimalMin("0") @Digits(integer = 8, fraction = 2) @Description("FAILED only: hours of rework the failure caused (internal failure cost).") BigDecimal reworkHours,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 17, fraction = 2) @Description("Cost of an hour; required with hours.") BigDecimal hourlyRate) {
}
