package io.averted.economics;

import java.math.BigDecimal;
import java.util.List;

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
public record Economics(
        @NonNull @Description("ISO 4217 currency of every amount.") String currency,
        @NonNull @Description("What prevention costs.") PreventionCost preventionCost,
        @NonNull @Description("What incidents cost.") IncidentLoss incidentLoss,
        @NonNull @Description("Sum of the inherent expected loss of the risks that are not CLOSED (see `risks`).") Money expectedLossInherent,
        @NonNull @Description("Sum of their residual expected loss under APPROVED and ACTIVE investments.") Money expectedLossResidual,
        @NonNull @Description("Inherent minus residual: the expected loss prevention in force avoids per year.") Money expectedLossAvoided,
        @Description("(avoided - annualized prevention cost) / annualized prevention cost; null when nothing is in force.") BigDecimal returnOnPrevention,
        @NonNull @Description("Rejected investments whose risks later materialized, beside what those incidents cost.") List<@NonNull DeclinedPrevention> declinedPrevention,
        @NonNull @Description("Cost of quality per month, only the months with any cost, oldest first (a month without data is absent, not zero).") List<@NonNull CostOfQualityMonth> costOfQuality,
        @NonNull @Description("The risks the expected-loss figures sum (not CLOSED), largest inherent expected loss first.") List<@NonNull RiskView> risks) {

    @Type("PreventionCost")
    @Description("What prevention in force (APPROVED or ACTIVE investments) costs.")
    public record PreventionCost(
            @NonNull @Description("Annual cost plus one-time cost over the amortization years, summed.") Money annualized,
            @NonNull @Description("Spent so far: one-time costs plus annual costs pro rata since each decision.") Money spendToDate,
            @NonNull @Description("The investments summed.") List<@NonNull InvestmentView> investments) {
    }

    @Type("IncidentLoss")
    @Description("Realized losses of incidents: in all, by type, by risk, by milestone and by month.")
    public record IncidentLoss(
            @NonNull @Description("All typed losses, summed.") Money total,
            @NonNull @Description("By loss type.") List<@NonNull LossByType> byType,
            @NonNull @Description("By materialized risk; an incident with several risks counts toward each.") List<@NonNull RiskLoss> byRisk,
            @NonNull @Description("By milestone; incidents without one are under a null milestone.") List<@NonNull MilestoneLoss> byMilestone,
            @NonNull @Description("By month the incident occurred (UTC), oldest first.") List<@NonNull MonthlyAmount> byMonth,
            @NonNull @Description("The incidents summed, newest first.") List<@NonNull IncidentView> incidents) {
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
