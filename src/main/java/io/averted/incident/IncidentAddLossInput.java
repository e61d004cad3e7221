package io.averted.incident;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("IncidentAddLossInput")
@Description("A loss of an incident, added as it becomes known. LABOR takes hours and the hourly rate (kept with the item); every other type an amount.")
public record IncidentAddLossInput(
        @NonNull @Id @Description("The incident.") UUID incidentId,
        @NonNull @Description("Type of loss.") LossType type,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 17, fraction = 2) @Description("Amount; not for LABOR (computed).") BigDecimal amount,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 8, fraction = 2) @Description("LABOR only: hours spent.") BigDecimal hours,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 17, fraction = 2) @Description("LABOR only: cost of an hour.") BigDecimal hourlyRate,
        @Size(max = 2000) @Description("What it is.") String note) {
}
