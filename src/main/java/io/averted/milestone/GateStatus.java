package io.averted.milestone;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("GateStatus")
@Description("Where a gate stands: the outcome of its latest result, or a sponsor's waiver.")
public enum GateStatus {
    @Description("No result yet.") PENDING,
    @Description("The latest result passed.") PASSED,
    @Description("The latest result failed.") FAILED,
    @Description("A sponsor waived it, with a reason.") WAIVED
}
