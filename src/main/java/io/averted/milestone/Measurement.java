package io.averted.milestone;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Measurement")
@Description("A measured value backing a result, e.g. source rows 2500000, or newest restore point age 1.5 h.")
public record Measurement(
        @NonNull @Description("What was measured.") String name,
        @NonNull @Description("The value, exact.") BigDecimal value,
        @Description("Unit, e.g. rows, h, ms; null for plain counts.") String unit) {
}
