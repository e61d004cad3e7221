package io.averted.milestone;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("GateResult")
@Description("One recorded result of a gate with its evidence. Results are never changed or deleted.")
public record GateResultView(
        @NonNull @Id @Description("Opaque id.") UUID id,
        @NonNull @Description("Passed or failed.") GateOutcome outcome,
        @Description("What was checked and found.") String note,
        @Description("Link to the evidence (CI run, report, ticket).") String link,
        @NonNull @Description("Username of the person or service account that recorded it.") String recordedBy,
        @NonNull @Description("When it was recorded.") OffsetDateTime recordedAt,
        @Description("Hours spent checking.") java.math.BigDecimal effortHours,
        @Description("Hours of rework the failure caused.") java.math.BigDecimal reworkHours,
        @Description("Cost of an hour, as recorded (an amount in the project's currency).") java.math.BigDecimal hourlyRate) {

    public static GateResultView of(GateResult r) {
        return new GateResultView(r.id, r.outcome, r.note, r.link, r.recordedBy, r.recordedAt, r.effortHours, r.reworkHours, r.hourlyRate);
    }
}
