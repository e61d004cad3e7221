package io.averted.incident;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.Money;

@Type("LossItem")
@Description("One typed loss of an incident.")
public record LossItemView(
        @NonNull @Id @Description("Opaque id.") UUID id,
        @NonNull @Description("Type of loss.") LossType type,
        @NonNull @Description("Amount; for LABOR hours x hourlyRate as recorded.") Money amount,
        @Description("LABOR: hours spent.") BigDecimal hours,
        @Description("LABOR: the hourly rate it was costed at, kept so later rate changes rewrite nothing.") Money hourlyRate,
        @Description("What it is.") String note,
        @NonNull @Description("Who recorded it.") String recordedBy,
        @NonNull @Description("When it was recorded.") OffsetDateTime createdAt) {

    static LossItemView of(LossItem l, String currency) {
        return new LossItemView(l.id, l.type, Money.of(l.amount, currency), l.hours,
                l.hourlyRate == null ? null : Money.of(l.hourlyRate, currency), l.note, l.recordedBy, l.createdAt);
    }
}
