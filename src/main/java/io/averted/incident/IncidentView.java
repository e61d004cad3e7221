package io.averted.incident;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.Money;

@Type("Incident")
@Description("Something that went wrong anyway: what it cost, which risks it materialized, and what was learned.")
public record IncidentView(
        @NonNull @Id @Description("Opaque id.") UUID id,
        @Ignore UUID projectId,
        @Ignore UUID milestoneId,
        @Ignore String currency,
        @NonNull @Description("Short title.") String title,
        @Description("What happened.") String description,
        @NonNull @Description("Severity.") Severity severity,
        @NonNull @Description("When it started.") OffsetDateTime occurredAt,
        @NonNull @Description("When someone noticed.") OffsetDateTime detectedAt,
        @Description("When service was restored; null while unresolved.") OffsetDateTime resolvedAt,
        @NonNull @Description("Minutes from occurrence to detection.") long timeToDetectMinutes,
        @Description("Minutes from detection to resolution; null while unresolved.") Long timeToResolveMinutes,
        @Description("Minutes of history lost.") Integer dataLostMinutes,
        @Description("Records lost.") Long dataLostRecords,
        @NonNull @Description("Whether luck kept it from costing (much) more.") boolean nearMiss,
        @Description("Estimated loss avoided by luck, for near-misses.") Money lossAvoidedByLuck,
        @NonNull @Description("Who reported it.") String reportedBy,
        @NonNull @Description("Version for optimistic locking.") int version,
        @NonNull @Description("When it was reported.") OffsetDateTime createdAt) {

    public static IncidentView of(Incident i, String currency) {
        Long toResolve = i.resolvedAt == null ? null : Duration.between(i.detectedAt, i.resolvedAt).toMinutes();
        return new IncidentView(i.id, i.projectId, i.milestoneId, currency, i.title, i.description, i.severity, i.occurredAt,
                i.detectedAt, i.resolvedAt, Duration.between(i.occurredAt, i.detectedAt).toMinutes(), toResolve,
                i.dataLostMinutes, i.dataLostRecords, i.nearMiss,
                i.lossAvoidedByLuck == null ? null : Money.of(i.lossAvoidedByLuck, currency), i.reportedBy, (int) i.version,
                i.createdAt);
    }
}
