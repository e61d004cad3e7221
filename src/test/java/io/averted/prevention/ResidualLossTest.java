package io.averted.prevention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.averted.prevention.ResidualLoss.Reduction;

/** PRODUCT.md section 4 in exact decimals: values are compared with equals, so scale and every digit count. */
class ResidualLossTest {

    static final BigDecimal P = new BigDecimal("0.200000");
    static final BigDecimal MEAN = new BigDecimal("10000.000000");
    static final Reduction APPROVED = reduction("0.5", "0.25");
    static final Reduction PROPOSED = reduction("0.1", "0");

    static Reduction reduction(String probability, String loss) {
        return new Reduction(new BigDecimal(probability), new BigDecimal(loss));
    }

    /** Compares numerically but insists on the exact value: 750 and 750.000 are equal, 750.0001 is not. */
    static void assertExactly(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual.toPlainString());
    }

    @Test
    void inherent_loss_is_probability_times_mean_loss() {
        assertExactly("2000", ResidualLoss.inherent(P, MEAN));
    }

    @Test
    void without_mitigations_the_residual_is_the_inherent_loss() {
        assertExactly("2000", ResidualLoss.residual(P, MEAN, List.of()));
    }

    @Test
    void a_mitigation_scales_probability_and_loss_by_what_it_leaves() {
        assertExactly("750", ResidualLoss.residual(P, MEAN, List.of(APPROVED)));
    }

    @Test
    void mitigations_multiply_rather_than_add() {
        // 0.2 x (0.5 x 0.9) x 10000 x (0.75 x 1) = 675; adding the reductions would give 0.2 x 0.4 x 10000 x 0.75 = 600
        assertExactly("675", ResidualLoss.residual(P, MEAN, List.of(APPROVED, PROPOSED)));
    }

    @Test
    void a_full_reduction_leaves_no_residual() {
        assertExactly("0", ResidualLoss.residual(P, MEAN, List.of(reduction("1", "0"))));
        assertExactly("0", ResidualLoss.residual(P, MEAN, List.of(reduction("0", "1"))));
    }

    @Test
    void the_avoided_loss_is_the_residual_without_minus_the_residual_with() {
        assertExactly("75", ResidualLoss.avoided(P, MEAN, List.of(APPROVED), PROPOSED));
        assertExactly("1250", ResidualLoss.avoided(P, MEAN, List.of(), APPROVED));
    }

    @Test
    void residual_arithmetic_keeps_every_digit() {
        BigDecimal residual = ResidualLoss.residual(new BigDecimal("0.123457"), new BigDecimal("98765.432101"),
                List.of(reduction("0.333333", "0.000001")));
        // 0.123457 x 0.666667 x 98765.432101 x 0.999999, multiplied out independently (Python decimal, 100 digits)
        assertEquals(new BigDecimal("8128.851902830056607630702281"), residual);
    }

    @Test
    void the_one_time_cost_is_spread_over_the_amortization_years() {
        assertExactly("2000", ResidualLoss.annualizedCost(new BigDecimal("3000.00"), new BigDecimal("1000.00"), 3));
        assertExactly("4000", ResidualLoss.annualizedCost(new BigDecimal("3000.00"), new BigDecimal("1000.00"), 1));
    }

    @Test
    void amortization_divides_with_34_significant_digits_not_doubles() {
        BigDecimal annualized = ResidualLoss.annualizedCost(new BigDecimal("1000.00"), BigDecimal.ZERO, 3);
        assertEquals(new BigDecimal("333.3333333333333333333333333333333"), annualized);
    }

    @Test
    void amortization_over_less_than_a_year_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> ResidualLoss.annualizedCost(BigDecimal.ONE, BigDecimal.ONE, 0));
    }

    @Test
    void the_return_is_net_gain_over_cost_to_four_decimals() {
        assertEquals(new BigDecimal("-0.9625"), ResidualLoss.returnOnInvestment(new BigDecimal("75"), new BigDecimal("2000")));
        assertEquals(new BigDecimal("1.5000"), ResidualLoss.returnOnInvestment(new BigDecimal("5000"), new BigDecimal("2000")));
    }

    @Test
    void the_return_rounds_half_even() {
        // (1.00005 - 1) / 1 = 0.00005 -> 0.0000 (even); (1.00015 - 1) / 1 = 0.00015 -> 0.0002 (even)
        assertEquals(new BigDecimal("0.0000"), ResidualLoss.returnOnInvestment(new BigDecimal("1.00005"), BigDecimal.ONE));
        assertEquals(new BigDecimal("0.0002"), ResidualLoss.returnOnInvestment(new BigDecimal("1.00015"), BigDecimal.ONE));
    }

    @Test
    void an_investment_that_costs_nothing_has_no_return() {
        assertNull(ResidualLoss.returnOnInvestment(new BigDecimal("75"), new BigDecimal("0.00")));
    }

    @Test
    void a_reduction_outside_zero_to_one_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> reduction("1.000001", "0"));
        assertThrows(IllegalArgumentException.class, () -> reduction("0", "-0.1"));
    }

    @Test
    void residual_ratings_scale_by_what_is_left_rounded_up_within_one_to_five() {
        assertEquals(4, ResidualLoss.residualRating(4, BigDecimal.ONE));
        assertEquals(2, ResidualLoss.residualRating(4, new BigDecimal("0.5")));
        assertEquals(2, ResidualLoss.residualRating(3, new BigDecimal("0.5")));
        assertEquals(1, ResidualLoss.residualRating(5, BigDecimal.ZERO));
        assertEquals(5, ResidualLoss.residualRating(5, new BigDecimal("0.81")));
    }
}
