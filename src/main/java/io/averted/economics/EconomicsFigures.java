package io.averted.economics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.averted.economics.Economics.CostOfQualityMonth;
import io.averted.economics.Economics.DeclinedPrevention;
import io.averted.economics.Economics.MilestoneLoss;
import io.averted.economics.Economics.MonthlyAmount;
import io.averted.economics.Economics.RiskLoss;
import io.averted.incident.IncidentView;
import io.averted.incident.LossByType;
import io.averted.prevention.InvestmentView;
import io.averted.risk.RiskView;
import io.averted.shared.DatabaseUnavailableException;

/**
 * The economics of one request's projects, computed a part at a time as fields ask for them: the first field that
 * needs a part loads it for all the projects at once (one statement for a headline sum, a fixed few for the
 * details), so a projects list that shows two figures neither loads rows it does not sum nor runs a statement per
 * project. Used by one request's thread only.
 */
final class EconomicsFigures {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    /** What the detailed fields show for one group of projects. */
    record Details(List<InvestmentView> investmentsInForce, IncidentLossDetails incidentLoss,
            List<DeclinedPrevention> declinedPrevention, List<CostOfQualityMonth> costOfQuality, List<RiskView> risks) {
    }

    record IncidentLossDetails(List<LossByType> byType, List<RiskLoss> byRisk, List<MilestoneLoss> byMilestone,
            List<MonthlyAmount> byMonth, List<IncidentView> incidents) {
    }

    private final Set<UUID> allProjectIds;
    private final LocalDate today;
    private final EconomicsSums sums;
    private final int amortizationYears;
    private final EconomicsService service;

    private Map<UUID, EconomicsSums.ExpectedLoss> expectedLoss;
    private Map<UUID, EconomicsSums.Prevention> prevention;
    private Map<UUID, BigDecimal> incidentLoss;
    private EconomicsService.Loaded loaded;
    private final Map<Set<UUID>, Details> details = new HashMap<>();

    EconomicsFigures(Set<UUID> allProjectIds, LocalDate today, EconomicsSums sums, int amortizationYears,
            EconomicsService service) {
        this.allProjectIds = allProjectIds;
        this.today = today;
        this.sums = sums;
        this.amortizationYears = amortizationYears;
        this.service = service;
    }

    EconomicsSums.ExpectedLoss expectedLoss(Set<UUID> projectIds) {
        if (expectedLoss == null) {
            expectedLoss = DatabaseUnavailableException.translating(() -> sums.expectedLoss(allProjectIds));
        }
        BigDecimal inherent = sum(projectIds, id -> expectedLoss.getOrDefault(id, EconomicsSums.ExpectedLoss.NONE).inherent());
        BigDecimal residual = sum(projectIds, id -> expectedLoss.getOrDefault(id, EconomicsSums.ExpectedLoss.NONE).residual());
        return new EconomicsSums.ExpectedLoss(inherent, residual);
    }

    BigDecimal expectedLossAvoided(Set<UUID> projectIds) {
        EconomicsSums.ExpectedLoss loss = expectedLoss(projectIds);
        return loss.inherent().subtract(loss.residual());
    }

    /** Annual costs plus one-time costs over the amortization years (the one division keeps 34 digits). */
    BigDecimal annualizedPrevention(Set<UUID> projectIds) {
        EconomicsSums.Prevention p = prevention(projectIds);
        return p.annualCost().add(p.oneTimeCost().divide(BigDecimal.valueOf(amortizationYears), EXACT));
    }

    /** One-time costs plus each annual cost pro rata for the days since its decision. */
    BigDecimal spendToDate(Set<UUID> projectIds) {
        EconomicsSums.Prevention p = prevention(projectIds);
        return p.oneTimeCost().add(p.annualCostTimesDays().divide(DAYS_PER_YEAR, EXACT));
    }

    BigDecimal returnOnPrevention(Set<UUID> projectIds) {
        BigDecimal annualized = annualizedPrevention(projectIds);
        return annualized.signum() == 0 ? null
                : expectedLossAvoided(projectIds).subtract(annualized).divide(annualized, EXACT).setScale(4, RoundingMode.HALF_EVEN);
    }

    BigDecimal incidentLoss(Set<UUID> projectIds) {
        if (incidentLoss == null) {
            incidentLoss = DatabaseUnavailableException.translating(() -> sums.incidentLoss(allProjectIds));
        }
        return sum(projectIds, id -> incidentLoss.getOrDefault(id, BigDecimal.ZERO));
    }

    Details details(Set<UUID> projectIds, String currency) {
        return details.computeIfAbsent(projectIds, ids -> {
            if (loaded == null) {
                loaded = DatabaseUnavailableException.translating(() -> service.load(allProjectIds));
            }
            return service.details(loaded, ids, currency, today);
        });
    }

    private EconomicsSums.Prevention prevention(Set<UUID> projectIds) {
        if (prevention == null) {
            prevention = DatabaseUnavailableException.translating(() -> sums.prevention(allProjectIds, today));
        }
        return new EconomicsSums.Prevention(
                sum(projectIds, id -> prevention.getOrDefault(id, EconomicsSums.Prevention.NONE).annualCost()),
                sum(projectIds, id -> prevention.getOrDefault(id, EconomicsSums.Prevention.NONE).oneTimeCost()),
                sum(projectIds, id -> prevention.getOrDefault(id, EconomicsSums.Prevention.NONE).annualCostTimesDays()));
    }

    private static BigDecimal sum(Set<UUID> projectIds, Function<UUID, BigDecimal> amount) {
        return projectIds.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
