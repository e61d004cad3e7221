package io.averted.milestone;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("MilestoneStatus")
@Description("Where a milestone stands. DONE is reached only through milestoneComplete.")
public enum MilestoneStatus {
    @Description("Not started.") PLANNED,
    @Description("Under way.") IN_PROGRESS,
    @Description("Cannot go on until something else happens.") BLOCKED,
    @Description("Completed (with every blocking gate passed or waived).") DONE,
    @Description("Its due date passed without completion.") MISSED;

    /** Statuses a manager sets directly with milestoneUpdate. */
    public boolean settableByHand() {
        return this != DONE;
    }
}
