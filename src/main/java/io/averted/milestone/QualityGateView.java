package io.averted.milestone;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("QualityGate")
@Description("A check a milestone must pass. A blocking gate that is not PASSED or WAIVED keeps its milestone from completing.")
public record QualityGateView(
        @NonNull @Id @Description("Opaque id.") UUID id,
        @Ignore UUID projectId,
        @Ignore UUID milestoneId,
        @NonNull @Description("Name.") String name,
        @NonNull @Description("What it checks.") GateKind kind,
        @Description("What must be true to pass.") String criteria,
        @NonNull @Description("Whether it keeps the milestone from completing until PASSED or WAIVED.") boolean blocking,
        @NonNull @Description("The outcome of the latest result, or WAIVED.") GateStatus status,
        @Description("Who set the current status: the recorder of the latest result, or the waiving sponsor.") String decidedBy,
        @Description("When the current status was set.") OffsetDateTime decidedAt,
        @Description("Why the sponsor waived it, when WAIVED.") String waiverReason,
        @Description("Id of the investment that automates this gate, if any.") @Id UUID automatedByInvestmentId,
        @NonNull @Description("Whether the manager removed it from the milestone (it stays, with its results, for the record).") boolean removed,
        @Description("When it was removed.") OffsetDateTime removedAt,
        @Description("Who removed it.") String removedBy,
        @Description("Why it was removed.") String removalReason,
        @NonNull @Description("Version for optimistic locking: pass it to qualityGateWaive and qualityGateRemove.") int version,
        @NonNull @Description("When it was created.") OffsetDateTime createdAt) {

    public static QualityGateView of(QualityGate g) {
        return new QualityGateView(g.id, g.projectId, g.milestoneId, g.name, g.kind, g.criteria, g.blocking, g.status(),
                g.decidedBy(), g.decidedAt(), g.waiverReason(), g.automatedByInvestmentId, g.removed(), g.removedAt(), g.removedBy(),
                g.removalReason(), (int) g.version, g.createdAt);
    }
}
