package io.averted.economics;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.averted.economics.simulation.LossSimulator;
import io.averted.shared.InvalidArgumentException;

/**
 * Simulations are CPU-heavy and each already uses every core: one runs at most 1,000,000 trials, and one
 * runs at a time, so concurrent or aliased simulations queue instead of starving the rest of the server.
 */
@ApplicationScoped
public class SimulationBudget {

    private final Semaphore oneAtATime = new Semaphore(1, true);

    <T> T run(int trials, Supplier<T> simulation) {
        if (trials < 1 || trials > LossSimulator.MAX_TRIALS) {
            throw new InvalidArgumentException("trials must be between 1 and " + LossSimulator.MAX_TRIALS + "; got " + trials + ".");
        }
        oneAtATime.acquireUninterruptibly();
        try {
            return simulation.get();
        } finally {
            oneAtATime.release();
        }
    }
}
