package io.averted.risk;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RiskFilter")
@Description("Narrows the register. Absent fields do not filter; all present ones must match.")
public record RiskFilter(
        @Description("Any of these statuses.") List<@NonNull RiskStatus> status,
        @Description("Any of these categories.") List<@NonNull RiskCategory> category,
        @Description("Owner's username.") String owner,
        @Description("Words in the title or description, case-insensitive.") String text) {
}
