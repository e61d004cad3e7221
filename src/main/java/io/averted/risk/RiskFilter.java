package io.averted.risk;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("RiskFilter")
@Description("Narrows the register. Absent fields do not filter; all present ones must match.")
public record RiskFilter(
        @Description("Any of these statuses.") List<RiskStatus> status,
        @Description("Any of these categories.") List<RiskCategory> category,
        @Description("Owner's username.") String owner,
        @Description("Words in the title or description, case-insensitive.") String text,
        @Description("The milestone the risks belong to.") @Id String milestone,
        @Description("Ordinal likelihood 1-5, as on the heat map.") Integer likelihood,
        @Description("Ordinal impact 1-5, as on the heat map.") Integer impact,
        @Description("Residual likelihood 1-5 (Risk.residualRating), as on the residual heat map.") Integer residualLikelihood,
        @Description("Residual impact 1-5 (Risk.residualRating), as on the residual heat map.") Integer residualImpact) {
}
