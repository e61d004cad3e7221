package io.averted.economics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.averted.prevention.MoneyConfig;
import io.averted.shared.graphql.ReadModel;
import io.averted.shared.graphql.ReadSchema;

/**
 * The headline economics of a project on the SQL read path, summed by PostgreSQL as {@link EconomicsSums} does and
 * rounded as {@link EconomicsFigures} shows them. Figures that depend on today's date, the residual and the
 * breakdowns are left to graphql-java.
 */
@ApplicationScoped
public class EconomicsReads implements ReadModel {

    @Inject
    MoneyConfig money;

    @Override
    public void describe(ReadSchema schema) {
        schema.type("Project").embedded("economics", "Economics");
        schema.type("Economics").embedded()
                .column("currency", "{t}.currency")
                .moneySql("expectedLossInherent",
                        "(select coalesce(sum(r.expected_loss), 0) from risk r where r.project_id = {t}.id and r.status <> 'CLOSED')")
                .embedded("preventionCost", "PreventionCost")
                .embedded("incidentLoss", "IncidentLoss");
        // EconomicsFigures.annualizedPrevention: annual costs plus one-time costs over the amortization years
        schema.type("PreventionCost").embedded()
                .moneySql("annualized", "(select coalesce(sum(i.annual_cost), 0) + coalesce(sum(i.one_time_cost), 0) / "
                        + money.amortizationYears() + " from investment i where i.project_id = {t}.id and i.status in ('APPROVED', 'ACTIVE'))");
        schema.type("IncidentLoss").embedded()
                .moneySql("total", "(select coalesce(sum(l.amount), 0) from loss_item l where l.project_id = {t}.id)");
    }
}
