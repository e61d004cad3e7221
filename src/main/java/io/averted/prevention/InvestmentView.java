package io.averted.prevention;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.Money;

@Type("Investment")
@Description("A preventive tool or measure proposed for a project, the sponsor's decision on it, and what it is worth (PRODUCT.md sections 3-4).")
public record InvestmentView(
        @NonNull @Id @Description("Opaque id.") UUID id,
        @Ignore UUID projectId,
        @NonNull @Description("Short name, e.g. `Data comparison tool`.") String name,
        @Description("What it is and how it prevents loss.") String description,
        @NonNull @Description("What kind of prevention it buys.") InvestmentKind kind,
        @Description("Who supplies it, when someone does.") String vendor,
        @NonNull @Description("Cost paid once, e.g. licences bought or set-up work.") Money oneTimeCost,
        @NonNull @Description("Cost paid every year, e.g. a subscription or the hours a drill takes.") Money annualCost,
        @NonNull @Description("Where it stands; only APPROVED and ACTIVE investments reduce residual loss.") InvestmentStatus status,
        @NonNull @Description("Username of who proposed it.") String proposedBy,
        @Description("Username of the sponsor who approved or rejected it; null while PROPOSED.") String decidedBy,
        @Description("When the sponsor decided; null while PROPOSED.") OffsetDateTime decidedAt,
        @Description("Why the sponsor decided as it did; null while PROPOSED.") String decisionRationale,
        @NonNull @Description("Version for optimistic locking: pass it back to investmentDecide and investmentStatusSet.") int version,
        @NonNull @Description("When it was proposed.") OffsetDateTime createdAt,
        @NonNull @Description("When it last changed.") OffsetDateTime updatedAt) {

    public static InvestmentView of(Investment i, String currency) {
        return new InvestmentView(i.id, i.projectId, i.name, i.description, i.kind, i.vendor,
                Money.of(i.oneTimeCost, currency), Money.of(i.annualCost, currency), i.status(), i.proposedBy, i.decidedBy(),
                i.decidedAt(), i.decisionRationale(), (int) i.version, i.createdAt, i.updatedAt);
    }
}
