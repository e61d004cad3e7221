package io.averted.prevention;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How prevention money is computed; validated at start-up, so a bad value stops the application. */
@ConfigMapping(prefix = "averted.money")
public interface MoneyConfig {

    /** Years a one-time cost is spread over in an investment's annualized cost (env AVERTED_MONEY_AMORTIZATION_YEARS). */
    @WithDefault("3")
    @Min(1)
    int amortizationYears();
}
