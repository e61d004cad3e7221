package io.averted.milestone;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("GateOutcome")
@Description("The outcome of one recorded gate result.")
public enum GateOutcome {
    @Description("The criteria are met.") PASSED,
    @Description("The criteria are not met.") FAILED
}
