package io.averted.economics.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.averted.economics.simulation.LossSimulator.TrialTotals;

/**
 * Statistical checks compare the simulation with closed forms within 4 standard errors, the standard error derived
 * from the closed-form variance of the quantity; the seeds are fixed, so every run draws the same numbers.
 */
class LossSimulatorTest {

    static final long SEED = 20_240_917L;
    static final double Z_95 = 1.6448536269514722; // Φ⁻¹(0.95), PRODUCT.md section 4
    static final double STANDARD_ERRORS = 4;

    /** Probabilities from 0 to 0.6 (one risk certain below), ranges narrow to wide, residual factors 0 to 1. */
    static final List<SimulatedRisk> PORTFOLIO = List.of(
            new SimulatedRisk("backup-unverified", 0.30, 2_000, 80_000, 0.5, 0.4),
            new SimulatedRisk("lock-migration", 0.15, 10_000, 500_000, 0.2, 1.0),
            new SimulatedRisk("wrong-target", 0.05, 50_000, 400_000, 1.0, 0.1),
            new SimulatedRisk("vendor-outage", 0.60, 1_000, 5_000, 0.8, 0.9),
            new SimulatedRisk("key-person", 0.10, 20_000, 60_000, 0.0, 1.0),
            new SimulatedRisk("never", 0.0, 1_000, 2_000, 1.0, 1.0),
            new SimulatedRisk("fixed-fine", 0.25, 7_500, 7_500, 0.6, 0.5));

    final LossSimulator simulator = new LossSimulator(2);

    // --- the closed forms of PRODUCT.md section 4, written out here rather than taken from the code under test

    static double mu(SimulatedRisk risk) {
        return (Math.log(risk.lossLow()) + Math.log(risk.lossHigh())) / 2;
    }

    static double sigma(SimulatedRisk risk) {
        return (Math.log(risk.lossHigh()) - Math.log(risk.lossLow())) / (2 * Z_95);
    }

    /** E[L] of one occurrence's lognormal loss. */
    static double lossMean(SimulatedRisk risk) {
        return Math.exp(mu(risk) + sigma(risk) * sigma(risk) / 2);
    }

    /** E[L²] of one occurrence's lognormal loss. */
    static double lossSecondMoment(SimulatedRisk risk) {
        return Math.exp(2 * mu(risk) + 2 * sigma(risk) * sigma(risk));
    }

    static double inherentProbability(SimulatedRisk risk) {
        return risk.probability();
    }

    static double residualProbability(SimulatedRisk risk) {
        return risk.probability() * risk.residualProbabilityFactor();
    }

    /** Mean of a year's total when risk r occurs with probability q(r) and loses L × c(r); and its variance. */
    static double[] meanAndVariance(List<SimulatedRisk> risks, ToDoubleFunction<SimulatedRisk> q,
                                    ToDoubleFunction<SimulatedRisk> c) {
        double mean = 0;
        double variance = 0;
        for (SimulatedRisk risk : risks) {
            double p = q.applyAsDouble(risk);
            double scale = c.applyAsDouble(risk);
            double riskMean = p * scale * lossMean(risk);
            mean += riskMean;
            variance += p * scale * scale * lossSecondMoment(risk) - riskMean * riskMean; // independent risks add up
        }
        return new double[] {mean, variance};
    }

    static double probabilityOfAnyLoss(List<SimulatedRisk> risks, ToDoubleFunction<SimulatedRisk> q) {
        double none = 1;
        for (SimulatedRisk risk : risks) {
            none *= 1 - q.applyAsDouble(risk);
        }
        return 1 - none;
    }

    static void assertWithinStandardErrors(double expected, double variance, int trials, double actual, String what) {
        double standardError = Math.sqrt(variance / trials);
        assertTrue(standardError > 0, what + ": a standard error of 0 would test nothing");
        assertTrue(Math.abs(actual - expected) <= STANDARD_ERRORS * standardError,
                () -> what + ": expected " + expected + " ± " + STANDARD_ERRORS + " × " + standardError
                        + " but was " + actual + " (" + (actual - expected) / standardError + " standard errors)");
    }

    /** 40 risks drawn once from a fixed seed: enough overlap that the order of additions shows in the last bits. */
    static List<SimulatedRisk> generatedPortfolio() {
        Random random = new Random(42);
        List<SimulatedRisk> risks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double low = 1_000 * Math.pow(50, random.nextDouble());
            double high = Math.min(500_000, low * (1 + 99 * random.nextDouble()));
            risks.add(new SimulatedRisk("risk-" + i, 0.4 * random.nextDouble(), low, Math.max(low, high),
                    random.nextDouble(), random.nextDouble()));
        }
        return risks;
    }

    // --- statistics

    @Test
    void the_inherent_mean_is_the_sum_of_probability_times_mean_loss() {
        int trials = 200_000;
        double[] expected = meanAndVariance(PORTFOLIO, LossSimulatorTest::inherentProbability, risk -> 1);

        SimulationResult result = simulator.simulate(PORTFOLIO, trials, SEED);

        assertWithinStandardErrors(expected[0], expected[1], trials, result.inherent().mean(), "inherent mean");
    }

    @Test
    void the_residual_mean_uses_the_scaled_probability_and_loss() {
        int trials = 200_000;
        double[] expected = meanAndVariance(PORTFOLIO, LossSimulatorTest::residualProbability,
                SimulatedRisk::residualLossFactor);

        SimulationResult result = simulator.simulate(PORTFOLIO, trials, SEED);

        assertWithinStandardErrors(expected[0], expected[1], trials, result.residual().mean(), "residual mean");
    }

    @Test
    void the_probability_of_any_loss_is_one_minus_the_product_of_the_probabilities_of_none() {
        int trials = 200_000;
        double inherent = probabilityOfAnyLoss(PORTFOLIO, LossSimulatorTest::inherentProbability);
        double residual = probabilityOfAnyLoss(PORTFOLIO, LossSimulatorTest::residualProbability);

        SimulationResult result = simulator.simulate(PORTFOLIO, trials, SEED);

        // a share of trials is a binomial proportion: variance q(1 - q) per trial
        assertWithinStandardErrors(inherent, inherent * (1 - inherent), trials,
                result.inherent().probabilityOfAnyLoss(), "inherent P(any loss)");
        assertWithinStandardErrors(residual, residual * (1 - residual), trials,
                result.residual().probabilityOfAnyLoss(), "residual P(any loss)");
    }

    @Test
    void a_certain_risk_loses_in_every_trial_exactly_once_and_its_mitigation_thins_the_occurrences() {
        int trials = 50_000;
        SimulatedRisk certain = new SimulatedRisk("certain", 1.0, 1_000, 1_000, 0.3, 0.25);

        TrialTotals totals = simulator.simulateTrials(List.of(certain), trials, SEED);

        int kept = 0;
        for (int t = 0; t < trials; t++) {
            assertEquals(1_000, totals.inherent()[t], "trial " + t);
            double residual = totals.residual()[t];
            assertTrue(residual == 0 || residual == 250, "trial " + t + " residual " + residual);
            kept += residual > 0 ? 1 : 0;
        }
        assertWithinStandardErrors(0.3, 0.3 * 0.7, trials, (double) kept / trials, "share of occurrences kept");
    }

    @Test
    void a_risk_that_cannot_occur_never_loses() {
        SimulationResult result = simulator.simulate(
                List.of(new SimulatedRisk("never", 0, 1_000, 9_000, 1, 1)), 10_000, SEED);

        assertEquals(LossDistribution.none(), result.inherent());
        assertEquals(LossDistribution.none(), result.residual());
    }

    @Test
    void no_risks_give_zeros_and_no_curve() {
        SimulationResult result = simulator.simulate(List.of(), 1_000, SEED);

        assertEquals(new SimulationResult(1_000, SEED, LossDistribution.none(), LossDistribution.none()), result);
        assertEquals(new LossDistribution(0, 0, 0, 0, 0, 0, List.of()), LossDistribution.none());
    }

    // --- same draws, same results

    @Test
    void the_residual_loss_never_exceeds_the_inherent_loss_in_any_trial() {
        int trials = 50_000;

        TrialTotals totals = simulator.simulateTrials(PORTFOLIO, trials, SEED);

        int reduced = 0;
        for (int t = 0; t < trials; t++) {
            double inherent = totals.inherent()[t];
            double residual = totals.residual()[t];
            assertTrue(residual <= inherent, "trial " + t + ": residual " + residual + " > inherent " + inherent);
            reduced += residual < inherent ? 1 : 0;
        }
        assertTrue(reduced > trials / 10, "the mitigations reduced only " + reduced + " trials");
    }

    @Test
    void the_same_seed_gives_the_same_result_and_another_seed_another() {
        List<SimulatedRisk> risks = generatedPortfolio();

        SimulationResult first = simulator.simulate(risks, 100_000, SEED);
        SimulationResult again = new LossSimulator(2).simulate(List.copyOf(risks), 100_000, SEED);
        SimulationResult other = simulator.simulate(risks, 100_000, SEED + 1);

        assertEquals(first, again);
        assertEquals(SEED, first.seed());
        assertEquals(100_000, first.trials());
        assertNotEquals(first.inherent(), other.inherent());
        assertNotEquals(first.residual(), other.residual());
    }

    @Test
    void the_order_of_the_risks_does_not_matter() {
        List<SimulatedRisk> risks = generatedPortfolio();
        List<SimulatedRisk> shuffled = new ArrayList<>(risks);
        Collections.shuffle(shuffled, new Random(7));
        List<SimulatedRisk> reversed = new ArrayList<>(risks);
        Collections.reverse(reversed);

        SimulationResult result = simulator.simulate(risks, 100_000, SEED);

        assertEquals(result, simulator.simulate(shuffled, 100_000, SEED));
        assertEquals(result, simulator.simulate(reversed, 100_000, SEED));
        // down to every trial's total, bit for bit
        TrialTotals totals = simulator.simulateTrials(risks, 100_000, SEED);
        TrialTotals shuffledTotals = simulator.simulateTrials(shuffled, 100_000, SEED);
        assertArrayEquals(totals.inherent(), shuffledTotals.inherent());
        assertArrayEquals(totals.residual(), shuffledTotals.residual());
    }

    @Test
    void the_number_of_threads_does_not_matter() {
        List<SimulatedRisk> risks = generatedPortfolio();
        int trials = 7 * LossSimulator.BLOCK_TRIALS + 123; // several blocks, the last one partial

        SimulationResult oneThread = new LossSimulator(1).simulate(risks, trials, SEED);

        assertEquals(oneThread, new LossSimulator(2).simulate(risks, trials, SEED));
        assertEquals(oneThread, new LossSimulator(3).simulate(risks, trials, SEED));
        TrialTotals one = new LossSimulator(1).simulateTrials(risks, trials, SEED);
        TrialTotals two = new LossSimulator(2).simulateTrials(risks, trials, SEED);
        assertArrayEquals(one.inherent(), two.inherent());
        assertArrayEquals(one.residual(), two.residual());
    }

    @Test
    void each_risk_draws_from_its_own_stream_whatever_else_is_simulated() {
        SimulatedRisk a = PORTFOLIO.get(0);
        SimulatedRisk b = PORTFOLIO.get(1);

        TrialTotals alone = simulator.simulateTrials(List.of(b), 40_000, SEED);
        TrialTotals withOther = simulator.simulateTrials(List.of(a), 40_000, SEED);
        TrialTotals together = simulator.simulateTrials(List.of(a, b), 40_000, SEED);

        for (int t = 0; t < 40_000; t++) {
            // ids sort a ("backup-…") before b ("lock-…"), so the together total is the same addition
            assertEquals(withOther.inherent()[t] + alone.inherent()[t], together.inherent()[t], "trial " + t);
            assertEquals(withOther.residual()[t] + alone.residual()[t], together.residual()[t], "trial " + t);
        }
    }

    // --- what the distribution reports

    @Test
    void the_quantiles_are_the_order_statistics_at_ceil_q_times_trials() {
        int trials = 100_000;
        double[] sorted = simulator.simulateTrials(PORTFOLIO, trials, SEED).inherent();
        Arrays.sort(sorted);

        LossDistribution inherent = simulator.simulate(PORTFOLIO, trials, SEED).inherent();

        assertEquals(sorted[49_999], inherent.p50()); // the 50,000th smallest of 100,000
        assertEquals(sorted[89_999], inherent.p90());
        assertEquals(sorted[94_999], inherent.p95());
        assertEquals(sorted[98_999], inherent.p99());
        assertTrue(inherent.p50() < inherent.p90() && inherent.p90() < inherent.p95() && inherent.p95() < inherent.p99());
    }

    @Test
    void the_exceedance_curve_counts_the_trials_above_log_spaced_losses() {
        int trials = 100_000;
        double[] totals = simulator.simulateTrials(PORTFOLIO, trials, SEED).residual();
        double smallestPositive = Arrays.stream(totals).filter(total -> total > 0).min().orElseThrow();
        double largest = Arrays.stream(totals).max().orElseThrow();

        LossDistribution residual = simulator.simulate(PORTFOLIO, trials, SEED).residual();

        List<ExceedancePoint> curve = residual.exceedanceCurve();
        assertTrue(curve.size() >= 40, "points: " + curve.size());
        assertEquals(smallestPositive, curve.get(0).loss());
        assertEquals(largest, curve.get(curve.size() - 1).loss());
        for (int k = 0; k < curve.size(); k++) {
            ExceedancePoint point = curve.get(k);
            long above = Arrays.stream(totals).filter(total -> total > point.loss()).count();
            assertEquals((double) above / trials, point.probability(), "P(total > " + point.loss() + ")");
            if (k > 0) {
                ExceedancePoint previous = curve.get(k - 1);
                assertTrue(point.loss() > previous.loss(), "losses strictly increasing at " + k);
                assertTrue(point.probability() <= previous.probability(), "probabilities non-increasing at " + k);
                // log-spaced: every step multiplies the loss by the same ratio
                double ratio = Math.pow(largest / smallestPositive, 1.0 / (curve.size() - 1));
                assertEquals(ratio, point.loss() / previous.loss(), ratio * 1e-9);
            }
        }
        long atSmallest = Arrays.stream(totals).filter(total -> total == smallestPositive).count();
        assertEquals(residual.probabilityOfAnyLoss() - (double) atSmallest / trials, curve.get(0).probability(), 1e-12);
        assertEquals(0, curve.get(curve.size() - 1).probability());
    }

    // --- what is refused

    @ParameterizedTest
    @ValueSource(ints = {0, -1, LossSimulator.MAX_TRIALS + 1, Integer.MAX_VALUE})
    void trials_outside_one_to_the_limit_are_refused_naming_the_limit(int trials) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> simulator.simulate(PORTFOLIO, trials, SEED));

        assertTrue(refused.getMessage().contains("1000000"), refused::getMessage);
    }

    @Test
    void the_limit_itself_is_allowed() {
        SimulationResult result = simulator.simulate(List.of(PORTFOLIO.get(0)), LossSimulator.MAX_TRIALS, SEED);

        assertEquals(LossSimulator.MAX_TRIALS, result.trials());
        assertTrue(result.inherent().mean() > 0);
    }

    @Test
    void two_risks_with_one_id_are_refused() {
        List<SimulatedRisk> risks = List.of(PORTFOLIO.get(0),
                new SimulatedRisk(PORTFOLIO.get(0).id(), 0.2, 10, 20, 1, 1));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> simulator.simulate(risks, 1_000, SEED));

        assertTrue(refused.getMessage().contains("backup-unverified"), refused::getMessage);
    }

    @Test
    void fewer_than_one_thread_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new LossSimulator(0));
    }
}
