package io.averted.economics.simulation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.GeometricSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Monte Carlo simulation of the total annual loss of a set of risks (PRODUCT.md section 4).
 *
 * <p>Each trial is a year. In each, every risk occurs at most once, with its probability, and an occurrence loses an
 * amount drawn from the risk's lognormal. The residual year is the same year thinned: each occurrence survives the
 * mitigations with the risk's {@code residualProbabilityFactor} (one uniform draw per occurrence) and then loses its
 * inherent amount × {@code residualLossFactor}; so in every trial the residual total is at most the inherent one.
 *
 * <p><b>Only the occurrences are drawn.</b> A risk does not draw a uniform per trial: it jumps from one occurrence to
 * the next by a geometric number of trials without one ({@link GeometricSampler}); per occurrence it draws the loss
 * ({@link LogNormalSampler} over {@link ZigguratSampler.NormalizedGaussian}) and the residual uniform, in that order.
 *
 * <p><b>Deterministic.</b> The trials are cut into blocks of {@value #BLOCK_TRIALS}; every (risk, block) has its own
 * {@link RandomSource#XO_SHI_RO_256_PP} stream, seeded from the run's seed, a stable 64-bit hash of the risk's id
 * (FNV-1a over its UTF-8 bytes) and the block index, mixed by SplitMix64. A block is simulated whole by one thread,
 * risk after risk in the order of their ids, so each trial's total is the same floating-point sum whatever the order
 * of the list and however many threads run: the same risks, trials and seed always give an equal result. (Cutting
 * the risks rather than the trials between threads would make the sum's grouping, hence its last bits, depend on the
 * number of threads.) Risk ids must therefore be unique in a run.
 *
 * <p><b>Bounded memory.</b> Two arrays of trial totals (inherent, residual: 16 MB at {@link #MAX_TRIALS}), shared by
 * the threads, which write disjoint blocks; nothing per risk × trial and nothing allocated per occurrence.
 *
 * <p>Instances are immutable and may run several simulations at once; each run starts its own threads and ends them.
 */
public final class LossSimulator {

    /** Most trials one simulation may run. */
    public static final int MAX_TRIALS = 1_000_000;

    /**
     * Trials per block: the unit of work of a thread and of a random stream. Part of what a seed means — changing it
     * changes every result.
     */
    static final int BLOCK_TRIALS = 16_384;

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private final int threads;

    /** @param threads threads a simulation runs on (at least 1; the calling thread is one of them) */
    public LossSimulator(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /**
     * Simulates {@code trials} years of the risks.
     *
     * @param risks  the risks, in any order; ids must be unique. None gives a result of zeros
     * @param trials simulated years, 1 to {@value #MAX_TRIALS}
     * @param seed   any value; the same risks, trials and seed always give an equal result
     * @throws IllegalArgumentException when trials is out of range or two risks share an id
     */
    public SimulationResult simulate(List<SimulatedRisk> risks, int trials, long seed) {
        TrialTotals totals = simulateTrials(risks, trials, seed);
        LossDistribution[] distributions = new LossDistribution[2];
        inParallel(2, which -> distributions[which] =
                LossDistribution.summarize(which == 0 ? totals.inherent() : totals.residual()));
        return new SimulationResult(trials, seed, distributions[0], distributions[1]);
    }

    /** The total loss of every trial, inherent and residual, before they are summarized. */
    record TrialTotals(double[] inherent, double[] residual) {
    }

    /** The simulation without its summary: every trial's totals, in trial order. */
    TrialTotals simulateTrials(List<SimulatedRisk> risks, int trials, long seed) {
        if (trials < 1 || trials > MAX_TRIALS) {
            throw new IllegalArgumentException(
                    "trials must be between 1 and " + MAX_TRIALS + " (MAX_TRIALS), was " + trials);
        }
        RiskStream[] streams = streams(risks, seed);
        double[] inherent = new double[trials];
        double[] residual = new double[trials];
        int blocks = (trials + BLOCK_TRIALS - 1) / BLOCK_TRIALS;
        inParallel(blocks, block -> simulateBlock(streams, block, trials, inherent, residual));
        return new TrialTotals(inherent, residual);
    }

    /** A risk ready to draw: the risk, the key its blocks' streams derive from, its lognormal's parameters. */
    private record RiskStream(SimulatedRisk risk, long key, double mu, double sigma) {
    }

    /** The risks that can occur, sorted by id, each with the key its blocks' streams derive from. */
    private static RiskStream[] streams(List<SimulatedRisk> risks, long seed) {
        List<SimulatedRisk> sorted = new ArrayList<>(risks);
        sorted.sort(Comparator.comparing(SimulatedRisk::id));
        List<RiskStream> streams = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            SimulatedRisk risk = sorted.get(i);
            if (i > 0 && risk.id().equals(sorted.get(i - 1).id())) {
                throw new IllegalArgumentException("risk ids must be unique, " + risk.id() + " appears twice");
            }
            if (risk.probability() > 0) {
                streams.add(new RiskStream(risk, mix64(mix64(seed) ^ fnv1a64(risk.id())), risk.mu(), risk.sigma()));
            }
        }
        return streams.toArray(RiskStream[]::new);
    }

    /** Adds every risk's occurrences in the block's trials to their totals, risk after risk in id order. */
    private static void simulateBlock(RiskStream[] streams, int block, int trials, double[] inherent, double[] residual) {
        int from = block * BLOCK_TRIALS;
        int to = Math.min(trials, from + BLOCK_TRIALS);
        for (RiskStream stream : streams) {
            UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(blockSeed(stream.key(), block));
            DiscreteSampler trialsWithout = GeometricSampler.of(rng, stream.risk().probability());
            ContinuousSampler loss = lossSampler(rng, stream);
            double keep = stream.risk().residualProbabilityFactor();
            double scale = stream.risk().residualLossFactor();
            for (long t = from + (long) trialsWithout.sample(); t < to; t += 1L + trialsWithout.sample()) {
                int trial = (int) t;
                double amount = loss.sample();
                inherent[trial] += amount;
                // survives = (uniform < keep ? 1 : 0) without an unpredictable branch: keep - u is > 0 exactly when
                // u < keep (a difference of distinct doubles is never 0) and > -1 otherwise, so its ceiling is 1 or 0.
                double survives = Math.ceil(keep - rng.nextDouble());
                residual[trial] += amount * scale * survives;
            }
        }
    }

    private static ContinuousSampler lossSampler(UniformRandomProvider rng, RiskStream stream) {
        if (stream.sigma() > 0) {
            return LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), stream.mu(), stream.sigma());
        }
        double amount = stream.risk().lossLow(); // low = high: every occurrence loses exactly that
        return () -> amount;
    }

    /** The seed of one block's stream: the block-th output of a SplitMix64 sequence started at the risk's key. */
    static long blockSeed(long riskKey, int block) {
        return mix64(riskKey + GOLDEN_GAMMA * (block + 1L));
    }

    /** SplitMix64's output function (Stafford's mix 13): a bijection that scatters nearby inputs. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** FNV-1a, 64 bits, over the UTF-8 bytes: stable across JVMs, unlike nothing else {@link String} offers. */
    static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /**
     * Runs {@code task} for 0..tasks-1 on up to {@code threads} threads (the caller's included), each taking the next
     * task when it is done; returns when all are done, rethrowing the first failure.
     */
    private void inParallel(int tasks, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            try {
                for (int t = next.getAndIncrement(); t < tasks && failure.get() == null; t = next.getAndIncrement()) {
                    task.accept(t);
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < Math.min(threads, tasks); i++) {
            Thread helper = new Thread(work, "loss-simulation-" + i);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        work.run();
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // stop the helpers after their current task, then report the interruption
                    failure.compareAndSet(null, new CancellationException("loss simulation interrupted"));
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        if (thrown != null) {
            throw new IllegalStateException(thrown);
        }
    }
}
