package io.averted.milestone;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("MilestoneKind")
@Description("What a milestone delivers; it decides which quality gates the milestone starts with.")
public enum MilestoneKind {
    @Description("Moving or loading data into production.") DATA_MIGRATION,
    @Description("Changing a production database schema.") SCHEMA_CHANGE,
    @Description("Restoring data or failing over.") RESTORE_OR_FAILOVER,
    @Description("Shipping a release.") RELEASE,
    @Description("Anything else; starts without gates.") OTHER
}
