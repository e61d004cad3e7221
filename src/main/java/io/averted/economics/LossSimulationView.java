package io.averted.economics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.economics.simulation.ExceedancePoint;
import io.averted.economics.simulation.LossDistribution;
import io.averted.economics.simulation.SimulationResult;
import io.averted.shared.Money;

@Type("LossSimulation")
@Description("Monte Carlo simulation of a year's total loss over the risks that are not CLOSED: inherent, and residual "
        + "under the investments in force, from the same draws. Deterministic for a seed. Amounts are estimates, rounded to cents.")
public record LossSimulationView(
        @NonNull @Description("Simulated years.") int trials,
        @NonNull @Description("The seed: the same seed on the same register gives the same result.") long seed,
        @NonNull @Description("How many risks were simulated.") int risks,
        @NonNull @Description("Without prevention.") Distribution inherent,
        @NonNull @Description("With the investments in force (a prevented event is thinned, a reduced loss scaled).") Distribution residual) {

    @Type("LossDistribution")
    @Description("The distribution of a year's total loss.")
    public record Distribution(
            @NonNull @Description("Mean.") Money mean,
            @NonNull @Description("Median.") Money p50,
            @NonNull @Description("90th percentile.") Money p90,
            @NonNull @Description("95th percentile.") Money p95,
            @NonNull @Description("99th percentile.") Money p99,
            @NonNull @Description("Share of years with any loss, 0-1.") BigDecimal probabilityOfAnyLoss,
            @NonNull @Description("Loss exceedance curve: P(total loss > amount), at log-spaced amounts.") List<@NonNull Point> exceedanceCurve) {

        static Distribution of(LossDistribution d, String currency) {
            return new Distribution(toMoney(d.mean(), currency), toMoney(d.p50(), currency), toMoney(d.p90(), currency),
                    toMoney(d.p95(), currency), toMoney(d.p99(), currency), toProbability(d.probabilityOfAnyLoss()),
                    d.exceedanceCurve().stream().map(p -> Point.of(p, currency)).toList());
        }
    }

    @Type("ExceedancePoint")
    @Description("One point of a loss exceedance curve.")
    public record Point(@NonNull @Description("Total annual loss.") Money loss,
            @NonNull @Description("Probability that a year's total loss exceeds it.") BigDecimal probability) {

        static Point of(ExceedancePoint p, String currency) {
            return new Point(toMoney(p.loss(), currency), toProbability(p.probability()));
        }
    }

    static LossSimulationView of(SimulationResult result, int risks, String currency) {
        return new LossSimulationView(result.trials(), result.seed(), risks, Distribution.of(result.inherent(), currency),
                Distribution.of(result.residual(), currency));
    }

    private static Money toMoney(double amount, String currency) {
        return Money.of(BigDecimal.valueOf(amount), currency);
    }

    private static BigDecimal toProbability(double p) {
        return BigDecimal.valueOf(p).setScale(6, RoundingMode.HALF_EVEN);
    }
}
