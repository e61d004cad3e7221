package io.averted.milestone;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MeasurementInput")
@Description("A measured value, e.g. {name: \"source rows\", value: 2500000, unit: \"rows\"}.")
public record MeasurementInput(
        @NonNull @NotBlank @Size(max = 200) @Description("What was measured.") String name,
        @NonNull @Digits(integer = 24, fraction = 6) @Description("The value; at most 6 decimals.") BigDecimal value,
        @Size(max = 40) @Description("Unit.") String unit) {
}
