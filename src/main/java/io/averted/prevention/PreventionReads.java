package io.averted.prevention;

import jakarta.enterprise.context.ApplicationScoped;

import io.averted.shared.graphql.ReadModel;
import io.averted.shared.graphql.ReadOrders;
import io.averted.shared.graphql.ReadSchema;

/** Investments and mitigations on the SQL read path: as {@link InvestmentGraphQL} and {@link MitigationGraphQL} answer them. */
@ApplicationScoped
public class PreventionReads implements ReadModel {

    @Override
    public void describe(ReadSchema schema) {
        schema.type("Investment").table("investment", "project_id")
                .columns("id", "name", "description", "kind", "vendor", "status", "proposedBy", "decidedBy", "decisionRationale", "version")
                .money("oneTimeCost", "one_time_cost")
                .money("annualCost", "annual_cost")
                .one("project", "Project", "project_id");
        schema.type("Mitigation").table("mitigation", "project_id")
                .columns("id", "probabilityReduction", "lossReduction", "version")
                .one("investment", "Investment", "investment_id")
                .one("risk", "Risk", "risk_id");
        // MitigationRepository.ofRisks: oldest link first
        schema.type("Risk").many("mitigations", "Mitigation", "mitigation {c} where {c}.risk_id = {t}.id", "{c}.created_at, {c}.id");
        schema.type("Project").connection("investments", "Investment", "project_id", ReadOrders.only(InvestmentRepository.BY_CREATED));
    }
}
