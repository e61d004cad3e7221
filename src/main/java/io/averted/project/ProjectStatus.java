package io.averted.project;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ProjectStatus")
@Description("Where a project stands.")
public enum ProjectStatus {
    @Description("Not started yet.") PLANNED,
    @Description("Under way.") ACTIVE,
    @Description("Paused.") ON_HOLD,
    @Description("Finished or stopped; kept for its history.") CLOSED
}
