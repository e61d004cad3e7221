package io.averted.economics.simulation;

/**
 * One point of a loss exceedance curve.
 *
 * @param loss        a total annual loss
 * @param probability share of the trials whose total annual loss is strictly greater than {@code loss}
 */
public record ExceedancePoint(double loss, double probability) {
}
