package io.averted.economics.simulation;

/**
 * The outcome of one simulation: the distribution of the total annual loss before and after mitigation, both from
 * the same draws. The same risks, trials and seed always give an equal result.
 *
 * @param trials    simulated years
 * @param seed      the seed they were drawn from
 * @param inherent  total annual loss without mitigation
 * @param residual  total annual loss with the mitigations' factors applied
 */
public record SimulationResult(int trials, long seed, LossDistribution inherent, LossDistribution residual) {
}
