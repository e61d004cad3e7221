package io.averted.incident;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("IncidentUpdateInput")
@Description("Changes to an incident as more becomes known (contributors and up). Absent fields stay as they are.")
public record IncidentUpdateInput(
        @NonNull @Id @Description("The incident.") UUID id,
        @NonNull @Description("The version you read.") Integer version,
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Description("Title.") String title,
        @Size(max = 4000) @Description("What happened.") String description,
        @Description("Severity.") Severity severity,
        @Description("When it started, corrected (the earlier value stays in the history).") OffsetDateTime occurredAt,
        @Description("When someone noticed.") OffsetDateTime detectedAt,
        @Description("When service was restored.") OffsetDateTime resolvedAt,
        @Min(0) @Description("Minutes of history lost.") Integer dataLostMinutes,
        @Min(0) @Description("Records lost.") Long dataLostRecords,
        @Description("Whether luck kept it from costing more.") Boolean nearMiss,
        @DecimalMin("0") @Digits(integer = 17, fraction = 2) @Description("Estimated loss avoided by luck.") BigDecimal lossAvoidedByLuck) {
}
