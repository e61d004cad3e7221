package io.averted.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.averted.economics.simulation.LossSimulator;
import io.averted.economics.simulation.SimulatedRisk;
import io.averted.economics.simulation.SimulationResult;

/**
 * Wall time of one whole {@link LossSimulator#simulate} call (draws, totals, both summaries), on 2 threads unless told otherwise. Each
 * measured iteration is a single call ({@link Mode#SingleShotTime}), so JMH's percentiles are those of single runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class LossSimulationBenchmark {

    /** risks x trials: (a) a large portfolio over 100,000 years, (b) a project's risks over the maximum of trials. */
    @Param({"1000x100000", "100x1000000"})
    public String scenario;

    /** Threads of the simulator: the app runs it on 2; {@code -p threads=1} shows what the second one buys. */
    @Param("2")
    public int threads;

    private LossSimulator simulator;
    private List<SimulatedRisk> risks;
    private int trials;

    @Setup
    public void generatePortfolio() {
        String[] sizes = scenario.split("x");
        risks = portfolio(Integer.parseInt(sizes[0]), 7L);
        trials = Integer.parseInt(sizes[1]);
        simulator = new LossSimulator(threads);
    }

    @Benchmark
    public SimulationResult simulate() {
        return simulator.simulate(risks, trials, 20_240_917L);
    }

    /**
     * Probabilities uniform in 0.02–0.18 (mean 0.1); the 90% range's low end log-uniform in 1,000–50,000 and its high
     * end log-uniform between twice that and 500,000; residual factors uniform in 0–1.
     */
    static List<SimulatedRisk> portfolio(int size, long seed) {
        Random random = new Random(seed);
        List<SimulatedRisk> risks = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            double low = 1_000 * Math.pow(50, random.nextDouble());
            double high = 2 * low * Math.pow(500_000 / (2 * low), random.nextDouble());
            risks.add(new SimulatedRisk("risk-%05d".formatted(i), 0.02 + 0.16 * random.nextDouble(), low, high,
                    random.nextDouble(), random.nextDouble()));
        }
        return risks;
    }
}
