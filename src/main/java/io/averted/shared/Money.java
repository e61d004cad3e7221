package io.averted.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Money")
@Description("An exact amount in one currency. Amounts are decimals, never floating point, and are never converted.")
public record Money(
        @NonNull @Description("The amount, rounded half-even to cents.") BigDecimal amount,
        @NonNull @Description("ISO 4217 currency code.") String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not an ISO 4217 code: " + currency);
        }
        amount = amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }
}
