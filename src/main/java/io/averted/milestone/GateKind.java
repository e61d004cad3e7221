package io.averted.milestone;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("GateKind")
@Description("What a quality gate checks.")
public enum GateKind {
    @Description("Source and target data agree (counts, checksums, sampled fields, source confirmed).") DATA_RECONCILIATION,
    @Description("A usable, recent enough backup or restore point exists.") BACKUP_VERIFIED,
    @Description("The way back has been rehearsed.") ROLLBACK_REHEARSED,
    @Description("The target environment has been confirmed by a second person.") TARGET_CONFIRMED,
    @Description("Rehearsed under production-like load.") LOAD_REHEARSAL,
    @Description("The change window avoids peaks.") CHANGE_WINDOW,
    @Description("A checklist was signed off.") CHECKLIST_SIGNOFF,
    @Description("A peer reviewed it.") PEER_REVIEW,
    @Description("Anything else.") CUSTOM
}
