package io.averted.incident;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("IncidentReportInput")
@Description("An incident (contributors and up). The risks it materialized become MATERIALIZED; a DRAFT post-mortem is opened.")
public record IncidentReportInput(
        @NonNull @Id @Description("The project.") UUID projectId,
        @Id @Description("The milestone it happened at, if any.") UUID milestoneId,
        @NonNull @NotBlank @Size(max = 200) @Description("Short title.") String title,
        @Size(max = 4000) @Description("What happened.") String description,
        @NonNull @Description("Severity.") Severity severity,
        @NonNull @Description("When it started.") OffsetDateTime occurredAt,
        @NonNull @Description("When someone noticed; not before occurredAt.") OffsetDateTime detectedAt,
        @Description("When service was restored; not before detectedAt.") OffsetDateTime resolvedAt,
        @Id @Description("Ids of the project's risks it materialized.") List<UUID> riskIds,
        @Min(0) @Description("Minutes of history lost (e.g. 90 after restoring an old snapshot).") Integer dataLostMinutes,
        @Min(0) @Description("Records lost.") Long dataLostRecords,
        @Description("Whether luck kept it from costing (much) more.") Boolean nearMiss,
        @DecimalMin("0") @Digits(integer = 17, fraction = 2) @Description("Estimated loss avoided by luck; only for near-misses.") BigDecimal lossAvoidedByLuck) {
}
