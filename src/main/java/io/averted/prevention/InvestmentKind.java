package io.averted.prevention;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("InvestmentKind")
@Description("What kind of prevention an investment buys.")
public enum InvestmentKind {
    @Description("Software or a service, e.g. a data-comparison tool.") TOOL,
    @Description("A way of working, e.g. a restore drill or a checklist.") PROCESS,
    @Description("Teaching people, e.g. a course on safe schema changes.") TRAINING,
    @Description("People's time, e.g. a second engineer on cut-over night.") STAFFING,
    @Description("Machines, environments or capacity, e.g. a load-realistic staging.") INFRASTRUCTURE
}
