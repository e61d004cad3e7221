package io.averted.economics;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.averted.economics.simulation.SimulatedRisk;
import io.averted.economics.simulation.SimulationResult;

class SimulationQueueTest {

    static final SimulationQueue.Key KEY = new SimulationQueue.Key(List.of(new SimulatedRisk("r", 0.1, 100, 200, 1, 1)), 10, 1);
    static final SimulationResult RESULT = new SimulationResult(10, 1, null, null);

    /** Starts a simulation for {@code user} that runs until {@code release} opens; returns once it is running. */
    private static CompletableFuture<SimulationResult> running(SimulationQueue queue, String user, SimulationQueue.Key key,
            CountDownLatch release) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<SimulationResult> future = CompletableFuture.supplyAsync(() -> queue.run(user, key, () -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return RESULT;
        }));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        return future;
    }

    @Test
    void a_user_with_a_simulation_running_is_refused_a_second_one_at_once() throws Exception {
        SimulationQueue queue = new SimulationQueue(Duration.ofSeconds(30), 10);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<SimulationResult> first = running(queue, "vic", KEY, release);

        long start = System.nanoTime();
        SimulationQueue.Key other = new SimulationQueue.Key(KEY.risks(), 20, 1);
        assertThrows(SimulationRefusedException.class, () -> queue.run("vic", other, () -> RESULT));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "refused without waiting for the queue");

        release.countDown();
        assertSame(RESULT, first.get(10, TimeUnit.SECONDS));
    }

    @Test
    void another_users_simulation_waits_a_bounded_time_for_its_turn_then_is_refused() throws Exception {
        SimulationQueue queue = new SimulationQueue(Duration.ofMillis(200), 10);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<SimulationResult> first = running(queue, "vic", KEY, release);

        SimulationQueue.Key other = new SimulationQueue.Key(KEY.risks(), 20, 1);
        assertThrows(SimulationRefusedException.class, () -> queue.run("sam", other, () -> RESULT));

        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertSame(RESULT, queue.run("sam", other, () -> RESULT), "runs once the turn is free");
    }

    @Test
    void the_same_inputs_are_answered_from_the_cache_without_simulating_again() {
        SimulationQueue queue = new SimulationQueue(Duration.ofSeconds(1), 10);
        AtomicInteger simulated = new AtomicInteger();

        queue.run("sam", KEY, () -> {
            simulated.incrementAndGet();
            return RESULT;
        });
        SimulationResult again = queue.run("vic", new SimulationQueue.Key(List.copyOf(KEY.risks()), 10, 1), () -> {
            simulated.incrementAndGet();
            return RESULT;
        });

        assertSame(RESULT, again);
        assertTrue(simulated.get() == 1, "simulated once");
    }
}
