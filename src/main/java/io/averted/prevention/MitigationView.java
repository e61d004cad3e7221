package io.averted.prevention;

import java.math.BigDecimal;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Mitigation")
@Description("An investment's effect on one risk of its project. It counts towards residual loss only while the investment is APPROVED or ACTIVE.")
public record MitigationView(
        @NonNull @Id @Description("Opaque id.") UUID id,
        @Ignore UUID projectId,
        @Ignore UUID investmentId,
        @Ignore UUID riskId,
        @NonNull @Description("Fraction of the risk's probability it removes, 0-1: p' = p x (1 - probabilityReduction).") BigDecimal probabilityReduction,
        @NonNull @Description("Fraction of the loss of one occurrence it removes, 0-1: loss' = loss x (1 - lossReduction).") BigDecimal lossReduction,
        @NonNull @Description("Version for optimistic locking: pass it back to mitigationLink.") int version) {

    public static MitigationView of(Mitigation m) {
        return new MitigationView(m.id, m.projectId, m.investmentId, m.riskId, m.probabilityReduction, m.lossReduction, (int) m.version);
    }
}
