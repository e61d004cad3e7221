package io.averted.economics;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.project.ProjectView;

@Type("Portfolio")
@Description("The projects you can see, grouped by currency; amounts are never converted between currencies.")
public record Portfolio(@NonNull @Description("One group per currency, by currency code.") List<@NonNull PortfolioCurrency> currencies) {

    @Type("PortfolioCurrency")
    @Description("The projects in one currency, with their economics summed.")
    public record PortfolioCurrency(
            @NonNull @Description("ISO 4217 currency.") String currency,
            @NonNull @Description("The projects, by key.") List<@NonNull ProjectView> projects,
            @NonNull @Description("Their economics, summed.") Economics economics) {
    }
}
