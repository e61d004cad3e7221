package io.averted.incident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Severity")
@Description("How bad an incident was.")
public enum Severity {
    @Description("Critical: outage or data loss for many users.") SEV1,
    @Description("Major: a key function degraded.") SEV2,
    @Description("Minor: limited impact.") SEV3,
    @Description("Negligible, or a near-miss.") SEV4
}
