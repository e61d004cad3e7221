package io.averted.prevention;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The money of prevention (PRODUCT.md section 4), in exact decimals and plain Java. Products and
 * differences are exact; the one division (amortization) keeps 34 significant digits; nothing here
 * rounds to cents: that happens once, when an amount becomes {@code Money}.
 */
public final class ResidualLoss {

    /** Significant digits kept by the amortization division (IEEE 754 decimal128). */
    public static final MathContext DIVISION = MathContext.DECIMAL128;

    /** Decimals of a return on investment. */
    public static final int RETURN_SCALE = 4;

    private ResidualLoss() {
    }

    /** What one mitigation does to a risk: the fractions (0-1) it takes off the probability and off the loss. */
    public record Reduction(BigDecimal probabilityReduction, BigDecimal lossReduction) {

        public Reduction {
            requireFraction(probabilityReduction, "probabilityReduction");
            requireFraction(lossReduction, "lossReduction");
        }
    }

    /** Inherent expected loss: probability x mean loss of one occurrence. */
    public static BigDecimal inherent(BigDecimal probability, BigDecimal lossMean) {
        return probability.multiply(lossMean);
    }

    /**
     * Residual expected loss under the given reductions (those in force):
     * {@code p x PROD(1 - probabilityReduction) x mean x PROD(1 - lossReduction)}.
     */
    public static BigDecimal residual(BigDecimal probability, BigDecimal lossMean, Collection<Reduction> reductions) {
        BigDecimal probabilityLeft = BigDecimal.ONE;
        BigDecimal lossLeft = BigDecimal.ONE;
        for (Reduction reduction : reductions) {
            probabilityLeft = probabilityLeft.multiply(BigDecimal.ONE.subtract(reduction.probabilityReduction()));
            lossLeft = lossLeft.multiply(BigDecimal.ONE.subtract(reduction.lossReduction()));
        }
        return probability.multiply(probabilityLeft).multiply(lossMean).multiply(lossLeft);
    }

    /**
     * Expected loss one mitigation avoids on one risk: the residual under the {@code others} (the mitigations
     * in force, without this one) minus the residual with this one added.
     */
    public static BigDecimal avoided(BigDecimal probability, BigDecimal lossMean, Collection<Reduction> others, Reduction own) {
        List<Reduction> withOwn = new ArrayList<>(others);
        withOwn.add(own);
        return residual(probability, lossMean, others).subtract(residual(probability, lossMean, withOwn));
    }

    /** Annual cost plus the one-time cost spread evenly over {@code amortizationYears} (at least 1). */
    public static BigDecimal annualizedCost(BigDecimal oneTimeCost, BigDecimal annualCost, int amortizationYears) {
        if (amortizationYears < 1) {
            throw new IllegalArgumentException("amortization years must be at least 1, not " + amortizationYears);
        }
        return annualCost.add(oneTimeCost.divide(BigDecimal.valueOf(amortizationYears), DIVISION));
    }

    /** {@code (avoided - annualizedCost) / annualizedCost} to 4 decimals, half-even; null when the cost is 0. */
    public static BigDecimal returnOnInvestment(BigDecimal avoided, BigDecimal annualizedCost) {
        if (annualizedCost.signum() == 0) {
            return null;
        }
        return avoided.subtract(annualizedCost).divide(annualizedCost, RETURN_SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * Where a risk sits on the residual heat map: each ordinal rating (1-5) scaled by what the mitigations in force
     * leave of its quantity ({@code likelihood x PROD(1 - probabilityReduction)},
     * {@code impact x PROD(1 - lossReduction)}), rounded up and kept within 1-5. Rounding up means a rating drops
     * only by whole steps the mitigations have actually taken off, never below the least rating.
     */
    public static int residualRating(int rating, BigDecimal factorLeft) {
        int scaled = BigDecimal.valueOf(rating).multiply(factorLeft).setScale(0, java.math.RoundingMode.CEILING).intValueExact();
        return Math.max(1, Math.min(5, scaled));
    }

    private static void requireFraction(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, not " + value.toPlainString());
        }
    }
}
