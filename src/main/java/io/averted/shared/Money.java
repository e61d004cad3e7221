package io.averted.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * An amount in one currency: exact (never a double, never rounded), its currency an ISO 4217 code checked here.
 * Rounding happens only where it is shown: {@link #getAmount()}, the API's {@code amount}, is half-even to cents.
 */
@Type("Money")
@Description("An exact amount in one currency. Amounts are decimals, never floating point, and are never converted.")
public final class Money {

    private final BigDecimal exact;
    private final String currency;

    private Money(BigDecimal exact, String currency) {
        this.exact = Objects.requireNonNull(exact, "amount");
        this.currency = Objects.requireNonNull(currency, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("not an ISO 4217 code: " + currency);
        }
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }

    /** The amount as computed, every digit kept: what arithmetic uses. */
    public BigDecimal exact() {
        return exact;
    }

    public String currency() {
        return currency;
    }

    @NonNull
    @Description("The amount, rounded half-even to cents.")
    public BigDecimal getAmount() {
        return exact.setScale(2, RoundingMode.HALF_EVEN);
    }

    @NonNull
    @Description("ISO 4217 currency code.")
    public String getCurrency() {
        return currency;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && exact.compareTo(money.exact) == 0 && currency.equals(money.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(exact.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return exact.toPlainString() + " " + currency;
    }
}
