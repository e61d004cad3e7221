package io.averted.incident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.Money;

@Type("LossByType")
@Description("The sum of an incident's losses of one type.")
public record LossByType(
        @NonNull @Description("Type of loss.") LossType type,
        @NonNull @Description("Sum, exact.") Money amount) {
}
