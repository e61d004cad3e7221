package io.averted.economics;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;

import io.averted.economics.simulation.LossSimulator;
import io.averted.economics.simulation.SimulatedRisk;
import io.averted.economics.simulation.SimulationResult;
import io.averted.shared.InvalidArgumentException;
import io.averted.shared.security.CurrentUser;

/**
 * Keeps simulations from slowing everyone else down. A simulation is CPU work proportional to risks × trials, so:
 * <ul>
 * <li>one request may simulate at most {@value #MAX_COST_PER_REQUEST} risk-trials in all, summed over its aliases
 * and groups (e.g. 200 risks at the 1,000,000-trial maximum);</li>
 * <li>one simulation runs at a time on the server, on all cores but one (see EconomicsService), so plain requests
 * always have a core; a simulation waits at most {@link #MAX_WAIT} for its turn, then is refused;</li>
 * <li>a user runs one simulation at a time: a second, concurrent one is refused at once instead of queueing;</li>
 * <li>the same risks (their figures and mitigation factors), trials and seed are answered from a cache: a result is
 * a pure function of them.</li>
 * </ul>
 * Refusals are {@link SimulationRefusedException}s, top-level errors with code SIMULATION_REFUSED.
 */
@ApplicationScoped
public class SimulationBudget {

    public static final long MAX_COST_PER_REQUEST = 200_000_000L;
    static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private final SimulationQueue queue = new SimulationQueue(MAX_WAIT, 256);

    @Inject
    CurrentUser user;

    @Inject
    RequestCost requestCost;

    @Inject
    MeterRegistry registry;

    private Timer simulations;

    /** Metrics, from the start: how long simulations take (cached answers excluded), and how many run and wait now. */
    void registerMetrics(@Observes StartupEvent started) {
        simulations = Timer.builder("averted.simulation.duration")
                .description("Loss simulations actually run (answers from the cache excluded)")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
        Gauge.builder("averted.simulation.queue", queue, SimulationQueue::waiting)
                .description("Simulations by state: waiting for their turn, or running (at most one)")
                .tag("state", "waiting").register(registry);
        Gauge.builder("averted.simulation.queue", queue, SimulationQueue::running)
                .description("Simulations by state: waiting for their turn, or running (at most one)")
                .tag("state", "running").register(registry);
    }

    /** The simulation's risk-trials spent so far by this request (methods, not fields: the bean is reached through a proxy). */
    @RequestScoped
    static class RequestCost {
        private long spent;

        /** Spends {@code cost} unless that would pass {@code limit}; whether it was spent. */
        boolean trySpend(long cost, long limit) {
            if (spent + cost > limit) {
                return false;
            }
            spent += cost;
            return true;
        }
    }

    SimulationResult run(LossSimulator simulator, List<SimulatedRisk> risks, int trials, long seed) {
        if (trials < 1 || trials > LossSimulator.MAX_TRIALS) {
            throw new InvalidArgumentException("trials must be between 1 and " + LossSimulator.MAX_TRIALS + "; got " + trials + ".");
        }
        long cost = (long) Math.max(1, risks.size()) * trials;
        if (!requestCost.trySpend(cost, MAX_COST_PER_REQUEST)) {
            throw new SimulationRefusedException("This request asks for more simulation than one request may run ("
                    + MAX_COST_PER_REQUEST + " risk-trials in all); ask for fewer trials or fewer simulations.");
        }
        SimulationQueue.Key key = new SimulationQueue.Key(risks.stream().sorted(Comparator.comparing(SimulatedRisk::id)).toList(), trials, seed);
        return queue.run(user.username(), key, () -> simulations.record(() -> simulator.simulate(risks, trials, seed)));
    }
}
