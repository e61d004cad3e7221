package io.averted.incident;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.averted.milestone.QualityGateCreateInput;
import io.averted.prevention.InvestmentProposeInput;
import io.averted.risk.RiskCreateInput;
import io.averted.risk.RiskUpdateInput;

@Input("ActionItemBecomeInput")
@Description("Turns an action item into something in the register, in one step, linked both ways. Give exactly one of "
        + "risk, riskUpdate, gate and investment. The register's own rules and roles apply.")
public record ActionItemBecomeInput(
        @NonNull @Id @Description("The action item.") UUID id,
        @NonNull @Description("The action item version you read.") Integer version,
        @Description("A new risk in the incident's project.") RiskCreateInput risk,
        @Description("A new estimate of a risk of the project, typically the one the incident materialized.") RiskUpdateInput riskUpdate,
        @Description("A new quality gate on a milestone of the project.") QualityGateCreateInput gate,
        @Description("A new investment proposal for the project.") InvestmentProposeInput investment) {
}
