package io.averted.economics;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.averted.economics.simulation.SimulatedRisk;
import io.averted.economics.simulation.SimulationResult;

/**
 * Who may simulate now: one simulation at a time on the server (a bounded wait for the turn), one per user (a second
 * concurrent one is refused at once), and results for the same inputs answered from a bounded cache.
 */
final class SimulationQueue {

    /** What a result depends on, and nothing else: the simulation is deterministic for it. */
    record Key(List<SimulatedRisk> risks, int trials, long seed) {
    }

    private final Duration maxWait;
    private final Semaphore oneAtATime = new Semaphore(1, true);
    private final Set<String> usersRunning = ConcurrentHashMap.newKeySet();
    private final Cache<Key, SimulationResult> results;

    SimulationQueue(Duration maxWait, long cachedResults) {
        this.maxWait = maxWait;
        this.results = Caffeine.newBuilder().maximumSize(cachedResults).build();
    }

    /** Simulations waiting for their turn now. */
    int waiting() {
        return oneAtATime.getQueueLength();
    }

    /** Simulations running now: 0 or 1. */
    int running() {
        return 1 - oneAtATime.availablePermits();
    }

    SimulationResult run(String username, Key key, Supplier<SimulationResult> simulation) {
        SimulationResult cached = results.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        if (!usersRunning.add(username)) {
            throw new SimulationRefusedException("You already have a simulation running; ask again when it has finished.");
        }
        try {
            if (!oneAtATime.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SimulationRefusedException("Simulations are busy; retry in a few seconds.");
            }
            try {
                SimulationResult result = simulation.get();
                results.put(key, result);
                return result;
            } finally {
                oneAtATime.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulationRefusedException("The simulation was cancelled.");
        } finally {
            usersRunning.remove(username);
        }
    }
}
