package io.averted.incident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ActionItemStatus")
@Description("Where an action item stands.")
public enum ActionItemStatus {
    @Description("To do.") OPEN,
    @Description("Done.") DONE,
    @Description("Not done, with a reason.") DROPPED
}
