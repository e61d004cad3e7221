package io.averted.economics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.incident.IncidentView;
import io.averted.incident.LossByType;
import io.averted.milestone.MilestoneView;
import io.averted.prevention.InvestmentView;
import io.averted.risk.RiskView;
import io.averted.shared.Money;

@Type("Economics")
@Description("Prevention against loss, in one currency, for a project or a portfolio's projects in that currency. "
        + "Every figure lists what it sums. Exact decimals; nothing is converted between currencies.")
public final class Economics {

    // Each figure is computed when its field is asked for, for every project of the request at once (EconomicsFigures).
    private final EconomicsFigures figures;
    private final Set<UUID> projectIds;
    private final String currency;

    Economics(EconomicsFigures figures, Set<UUID> projectIds, String currency) {
        this.figures = figures;
        this.projectIds = projectIds;
        this.currency = currency;
    }

    @NonNull
    @Description("ISO 4217 currency of every amount.")
    public String getCurrency() {
        return currency;
    }

    @NonNull
    @Description("What prevention costs.")
    public PreventionCost getPreventionCost() {
        return new PreventionCost(this);
    }

    @NonNull
    @Description("What incidents cost.")
    public IncidentLoss getIncidentLoss() {
        return new IncidentLoss(this);
    }

    @NonNull
    @Description("Sum of the inherent expected loss of the risks that are not CLOSED (see `risks`).")
    public Money getExpectedLossInherent() {
        return money(figures.expectedLoss(projectIds).inherent());
    }

    @NonNull
    @Description("Sum of their residual expected loss under APPROVED and ACTIVE investments.")
    public Money getExpectedLossResidual() {
        return money(figures.expectedLoss(projectIds).residual());
    }

    @NonNull
    @Description("Inherent minus residual: the expected loss prevention in force avoids per year.")
    public Money getExpectedLossAvoided() {
        return money(figures.expectedLossAvoided(projectIds));
    }

    @Description("(avoided - annualized prevention cost) / annualized prevention cost; null when nothing is in force.")
    public BigDecimal getReturnOnPrevention() {
        return figures.returnOnPrevention(projectIds);
    }

    @NonNull
    @Description("Rejected investments whose risks later materialized, beside what those incidents cost.")
    public List<@NonNull DeclinedPrevention> getDeclinedPrevention() {
        return figures.details(projectIds, currency).declinedPrevention();
    }

    @NonNull
    @Description("Cost of quality per month, only the months with any cost, oldest first (a month without data is absent, not zero).")
    public List<@NonNull CostOfQualityMonth> getCostOfQuality() {
        return figures.details(projectIds, currency).costOfQuality();
    }

    @NonNull
    @Description("The risks the expected-loss figures sum (not CLOSED), largest inherent expected loss first.")
    public List<@NonNull RiskView> getRisks() {
        return figures.details(projectIds, currency).risks();
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, currency);
    }

    @Type("PreventionCost")
    @Description("What prevention in force (APPROVED or ACTIVE investments) costs.")
    public static final class PreventionCost {

        private final Economics of;

        PreventionCost(Economics of) {
            this.of = of;
        }

        @NonNull
        @Description("Annual cost plus one-time cost over the amortization years, summed.")
        public Money getAnnualized() {
            return of.money(of.figures.annualizedPrevention(of.projectIds));
        }

        @NonNull
        @Description("Spent so far: one-time costs plus annual costs pro rata since each decision.")
        public Money getSpendToDate() {
            return of.money(of.figures.spendToDate(of.projectIds));
        }

        @NonNull
        @Description("The investments summed.")
        public List<@NonNull InvestmentView> getInvestments() {
            return of.figures.details(of.projectIds, of.currency).investmentsInForce();
        }
    }

    @Type("IncidentLoss")
    @Description("Realized losses of incidents: in all, by type, by risk, by milestone and by month.")
    public static final class IncidentLoss {

        private final Economics of;

        IncidentLoss(Economics of) {
            this.of = of;
        }

        @NonNull
        @Description("All typed losses, summed.")
        public Money getTotal() {
            return of.money(of.figures.incidentLoss(of.projectIds));
        }

        @NonNull
        @Description("By loss type.")
        public List<@NonNull LossByType> getByType() {
            return details().byType();
        }

        @NonNull
        @Description("By materialized risk; an incident with several risks counts toward each.")
        public List<@NonNull RiskLoss> getByRisk() {
            return details().byRisk();
        }

        @NonNull
        @Description("By milestone; incidents without one are under a null milestone.")
        public List<@NonNull MilestoneLoss> getByMilestone() {
            return details().byMilestone();
        }

        @NonNull
        @Description("By month the incident occurred (UTC), oldest first.")
        public List<@NonNull MonthlyAmount> getByMonth() {
            return details().byMonth();
        }

        @NonNull
        @Description("The incidents summed, newest first.")
        public List<@NonNull IncidentView> getIncidents() {
            return details().incidents();
        }

        private EconomicsFigures.IncidentLossDetails details() {
            return of.figures.details(of.projectIds, of.currency).incidentLoss();
        }
    }

    @Type("RiskLoss")
    @Description("Losses of the incidents that materialized one risk.")
    public record RiskLoss(@NonNull @Description("The risk.") RiskView risk, @NonNull @Description("Sum.") Money amount) {
    }

    @Type("MilestoneLoss")
    @Description("Losses of the incidents at one milestone.")
    public record MilestoneLoss(@Description("The milestone; null for incidents at none.") MilestoneView milestone,
            @NonNull @Description("Sum.") Money amount) {
    }

    @Type("MonthlyAmount")
    @Description("An amount for one calendar month.")
    public record MonthlyAmount(@NonNull @Description("Month, as YYYY-MM (UTC).") String month, @NonNull @Description("Sum.") Money amount) {
    }

    @Type("DeclinedPrevention")
    @Description("The line a sponsor must not miss: a rejected investment beside the losses of the incidents that later "
            + "materialized the risks it would have mitigated.")
    public record DeclinedPrevention(
            @NonNull @Description("The rejected investment.") InvestmentView investment,
            @NonNull @Description("What it would have cost per year.") Money annualizedCost,
            @NonNull @Description("Losses of the incidents that materialized its risks after it was rejected.") Money lossOnMitigatedRisks,
            @NonNull @Description("Those incidents.") List<@NonNull IncidentView> incidents) {
    }

    @Type("CostOfQualityMonth")
    @Description("Cost of quality for one month (UTC).")
    public record CostOfQualityMonth(
            @NonNull @Description("Month, as YYYY-MM.") String month,
            @NonNull @Description("Prevention: one-time costs in the month of the decision, annual costs a twelfth a month while in force.") Money prevention,
            @NonNull @Description("Appraisal: gate checking effort (hours x rate recorded with each result).") Money appraisal,
            @NonNull @Description("Internal failure: rework caused by failed gate results (hours x rate).") Money internalFailure,
            @NonNull @Description("External failure: incident losses, by the month the incident occurred.") Money externalFailure) {
    }
}
