package io.averted.economics.simulation;

/**
 * One risk as the simulation sees it: the annual probability that it occurs, the 90% range of the loss of one
 * occurrence (its 5th and 95th percentiles, PRODUCT.md section 4), and what its mitigations leave of the probability
 * and of the loss (1 = no mitigation, 0 = eliminated).
 *
 * @param id                        stable identity; seeds the risk's random streams, so it must be unique in a run
 * @param probability               annual probability of (at most) one occurrence, 0–1
 * @param lossLow                   5th percentile of the loss of one occurrence, &gt; 0
 * @param lossHigh                  95th percentile of the loss of one occurrence, &ge; {@code lossLow}
 * @param residualProbabilityFactor share of occurrences the mitigations leave (p' = p × factor), 0–1
 * @param residualLossFactor        share of each occurrence's loss the mitigations leave, 0–1
 */
public record SimulatedRisk(String id, double probability, double lossLow, double lossHigh,
                            double residualProbabilityFactor, double residualLossFactor) {

    /** z = Φ⁻¹(0.95), the exact 95th percentile of the standard normal (PRODUCT.md section 4; the database uses the same). */
    public static final double Z_95 = 1.6448536269514722;

    public SimulatedRisk {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id is required");
        }
        requireFraction(probability, "probability", id);
        if (!(lossLow > 0) || !Double.isFinite(lossLow)) {
            throw new IllegalArgumentException("lossLow of risk " + id + " must be a finite amount > 0, was " + lossLow);
        }
        if (!(lossHigh >= lossLow) || !Double.isFinite(lossHigh)) {
            throw new IllegalArgumentException(
                    "lossHigh of risk " + id + " must be finite and >= lossLow (" + lossLow + "), was " + lossHigh);
        }
        requireFraction(residualProbabilityFactor, "residualProbabilityFactor", id);
        requireFraction(residualLossFactor, "residualLossFactor", id);
    }

    /** Location of the loss's lognormal: {@code (ln low + ln high) / 2}. */
    public double mu() {
        return (Math.log(lossLow) + Math.log(lossHigh)) / 2;
    }

    /** Scale of the loss's lognormal: {@code (ln high − ln low) / (2 × Z_95)}; 0 when low = high. */
    public double sigma() {
        return (Math.log(lossHigh) - Math.log(lossLow)) / (2 * Z_95);
    }

    private static void requireFraction(double value, String name, String id) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " of risk " + id + " must be between 0 and 1, was " + value);
        }
    }
}
