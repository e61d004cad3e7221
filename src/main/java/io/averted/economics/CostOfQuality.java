package io.averted.economics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import io.averted.economics.Economics.CostOfQualityMonth;
import io.averted.incident.Incident;
import io.averted.milestone.GateOutcome;
import io.averted.milestone.GateResult;
import io.averted.prevention.Investment;
import io.averted.shared.Money;

/** The cost of quality per month (UTC): prevention, appraisal, internal failure and external failure. */
final class CostOfQuality {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    /** The four costs of one month, summed exactly. */
    record Costs(BigDecimal prevention, BigDecimal appraisal, BigDecimal internalFailure, BigDecimal externalFailure) {

        static Costs prevention(BigDecimal amount) {
            return new Costs(amount, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }

        static Costs appraisal(BigDecimal amount) {
            return new Costs(BigDecimal.ZERO, amount, BigDecimal.ZERO, BigDecimal.ZERO);
        }

        static Costs internalFailure(BigDecimal amount) {
            return new Costs(BigDecimal.ZERO, BigDecimal.ZERO, amount, BigDecimal.ZERO);
        }

        static Costs externalFailure(BigDecimal amount) {
            return new Costs(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, amount);
        }

        Costs plus(Costs other) {
            return new Costs(prevention.add(other.prevention), appraisal.add(other.appraisal),
                    internalFailure.add(other.internalFailure), externalFailure.add(other.externalFailure));
        }

        CostOfQualityMonth shown(String month, Function<BigDecimal, Money> money) {
            return new CostOfQualityMonth(month, money.apply(prevention), money.apply(appraisal), money.apply(internalFailure),
                    money.apply(externalFailure));
        }
    }

    private final TreeMap<String, Costs> months = new TreeMap<>();

    private CostOfQuality() {
    }

    /**
     * Prevention: each investment in force, its one-time cost in the month of its decision and a twelfth of its annual
     * cost every month from then to {@code today}'s. Appraisal: the effort recorded with gate results, hours × rate;
     * internal failure: the rework of failed ones. External failure: incident losses, in the month each occurred.
     */
    static List<CostOfQualityMonth> of(List<Investment> inForce, List<GateResult> gateResults, List<Incident> incidents,
            Map<UUID, BigDecimal> lossByIncident, LocalDate today, Function<BigDecimal, Money> money) {
        CostOfQuality cost = new CostOfQuality();
        cost.addPrevention(inForce, YearMonth.from(today));
        cost.addAppraisalAndInternalFailure(gateResults);
        incidents.forEach(i -> cost.add(month(i.occurredAt), Costs.externalFailure(lossByIncident.getOrDefault(i.id, BigDecimal.ZERO))));
        // Only months with data: the list's length is bounded by what was recorded, never by how far apart two dates are.
        return cost.months.entrySet().stream().map(e -> e.getValue().shown(e.getKey(), money)).toList();
    }

    private void addPrevention(List<Investment> inForce, YearMonth now) {
        for (Investment investment : inForce) {
            if (investment.decidedAt() == null) {
                continue;
            }
            YearMonth from = YearMonth.from(investment.decidedAt().withOffsetSameInstant(ZoneOffset.UTC));
            add(from.toString(), Costs.prevention(investment.oneTimeCost));
            BigDecimal monthly = investment.annualCost.divide(TWELVE, EXACT);
            for (YearMonth m = from; !m.isAfter(now); m = m.plusMonths(1)) {
                add(m.toString(), Costs.prevention(monthly));
            }
        }
    }

    private void addAppraisalAndInternalFailure(List<GateResult> gateResults) {
        for (GateResult result : gateResults) {
            if (result.hourlyRate == null) {
                continue;
            }
            String month = month(result.recordedAt);
            if (result.effortHours != null) {
                add(month, Costs.appraisal(result.effortHours.multiply(result.hourlyRate)));
            }
            if (result.reworkHours != null && result.outcome == GateOutcome.FAILED) {
                add(month, Costs.internalFailure(result.reworkHours.multiply(result.hourlyRate)));
            }
        }
    }

    private void add(String month, Costs costs) {
        months.merge(month, costs, Costs::plus);
    }

    /** The calendar month (UTC) of an instant, as YYYY-MM. */
    static String month(OffsetDateTime at) {
        return YearMonth.from(at.withOffsetSameInstant(ZoneOffset.UTC)).toString();
    }
}
