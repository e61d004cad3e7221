package io.averted.economics.simulation;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.statistics.descriptive.Quantile;

/**
 * The distribution of the total annual loss over the simulated trials.
 *
 * <p>Quantiles are the inverse of the empirical distribution function (Hyndman–Fan type 1): {@code Pq} is the
 * smallest simulated total {@code x} such that at least a share {@code q} of the trials lost {@code x} or less, i.e.
 * the {@code ceil(q × trials)}-th smallest total. It is always an actual trial's total, and the exceedance curve at
 * {@code Pq} is at most {@code 1 − q}.
 *
 * <p>The exceedance curve has {@value #CURVE_POINTS} points, log-spaced from the smallest positive trial total to the
 * largest (both included), each with the share of trials whose total is strictly greater. Its first probability is
 * therefore {@link #probabilityOfAnyLoss()} minus the share of trials at exactly the smallest positive total (one
 * trial in a continuous case), and its last is 0. When no trial lost anything the curve is empty and every figure is
 * 0; when every positive total is the same amount the curve is that one point.
 *
 * @param mean                  mean total annual loss
 * @param p50                   median total annual loss
 * @param p90                   total annual loss not exceeded in 90% of the trials
 * @param p95                   total annual loss not exceeded in 95% of the trials
 * @param p99                   total annual loss not exceeded in 99% of the trials
 * @param probabilityOfAnyLoss  share of trials with a total annual loss &gt; 0
 * @param exceedanceCurve       loss exceedance curve: losses strictly increasing, probabilities non-increasing
 */
public record LossDistribution(double mean, double p50, double p90, double p95, double p99,
                               double probabilityOfAnyLoss, List<ExceedancePoint> exceedanceCurve) {

    /** Points of the exceedance curve when the trials have at least two different positive totals. */
    public static final int CURVE_POINTS = 50;

    private static final Quantile QUANTILE = Quantile.withDefaults()
            .with(Quantile.EstimationMethod.HF1)
            .withCopy(false);

    public LossDistribution {
        exceedanceCurve = List.copyOf(exceedanceCurve);
    }

    /** The distribution of no loss at all: every figure 0, no curve. */
    public static LossDistribution none() {
        return new LossDistribution(0, 0, 0, 0, 0, 0, List.of());
    }

    /**
     * Summarizes the trial totals. Reorders {@code totals} (the quantiles are selected in place), so the caller must
     * not need their order afterwards.
     */
    static LossDistribution summarize(double[] totals) {
        int trials = totals.length;
        double sum = 0;
        double smallestPositive = Double.POSITIVE_INFINITY;
        double largest = 0;
        int withLoss = 0;
        for (double total : totals) {
            sum += total;
            if (total > 0) {
                withLoss++;
                smallestPositive = Math.min(smallestPositive, total);
                largest = Math.max(largest, total);
            }
        }
        if (withLoss == 0) {
            return none();
        }
        List<ExceedancePoint> curve = exceedanceCurve(totals, smallestPositive, largest);
        double[] q = QUANTILE.evaluate(totals, 0.50, 0.90, 0.95, 0.99);
        return new LossDistribution(sum / trials, q[0], q[1], q[2], q[3], (double) withLoss / trials, curve);
    }

    private static List<ExceedancePoint> exceedanceCurve(double[] totals, double smallest, double largest) {
        double[] thresholds = logSpaced(smallest, largest);
        int points = thresholds.length;
        double[] search = Arrays.copyOf(thresholds, SEARCH_SLOTS);
        Arrays.fill(search, points, SEARCH_SLOTS, Double.POSITIVE_INFINITY);
        // above[k] counts the totals that exceed exactly the thresholds 0..k-1: one binary search per positive total.
        long[] above = new long[points + 1];
        for (double total : totals) {
            if (total > 0) {
                above[countBelow(search, total)]++;
            }
        }
        ExceedancePoint[] curve = new ExceedancePoint[points];
        long exceeding = 0;
        for (int k = points - 1; k >= 0; k--) {
            exceeding += above[k + 1]; // a total above threshold k exceeds it and every lower one
            curve[k] = new ExceedancePoint(thresholds[k], (double) exceeding / totals.length);
        }
        return List.of(curve);
    }

    /** {@link #CURVE_POINTS} log-spaced amounts from smallest to largest, both exact, strictly increasing. */
    private static double[] logSpaced(double smallest, double largest) {
        if (!(largest > smallest)) {
            return new double[] {smallest};
        }
        double[] thresholds = new double[CURVE_POINTS];
        double logSmallest = Math.log(smallest);
        double step = (Math.log(largest) - logSmallest) / (CURVE_POINTS - 1);
        int size = 0;
        thresholds[size++] = smallest;
        for (int k = 1; k < CURVE_POINTS - 1; k++) {
            double x = Math.exp(logSmallest + k * step);
            if (x > thresholds[size - 1] && x < largest) { // rounding can collapse points of a very narrow range
                thresholds[size++] = x;
            }
        }
        thresholds[size++] = largest;
        return size == CURVE_POINTS ? thresholds : Arrays.copyOf(thresholds, size);
    }

    /** Slots of the search table: 2^6 - 1, so that six halvings find any count from 0 to 63 (&gt; CURVE_POINTS). */
    private static final int SEARCH_SLOTS = 63;

    /**
     * How many of the sorted {@code thresholds} (padded with +infinity to {@link #SEARCH_SLOTS}) are strictly below
     * {@code value}: a fixed six-step binary search the JIT can run without unpredictable branches.
     */
    private static int countBelow(double[] thresholds, double value) {
        int below = 0;
        for (int half = 32; half > 0; half >>= 1) {
            below += thresholds[below + half - 1] < value ? half : 0;
        }
        return below;
    }
}
