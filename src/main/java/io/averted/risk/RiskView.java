package io.averted.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.Money;

@Type("Risk")
@Description("A risk in a project's register, with its ordinal score and quantitative loss estimate (PRODUCT.md sections 3-4).")
public record RiskView(
        @NonNull @Id @Description("Opaque id.") UUID id,
        @Ignore UUID projectId,
        @Ignore UUID milestoneId,
        @Ignore String ownerUsername,
        @Ignore BigDecimal lossMean,
        @NonNull @Description("Short statement of the risk.") String title,
        @Description("Cause, event and effect in more words.") String description,
        @NonNull @Description("What kind of harm.") RiskCategory category,
        @NonNull @Description("Where it stands.") RiskStatus status,
        @NonNull @Description("The chosen response.") RiskResponse response,
        @NonNull @Description("Ordinal likelihood, 1-5.") int likelihood,
        @NonNull @Description("Ordinal impact, 1-5.") int impact,
        @NonNull @Description("likelihood x impact, 1-25, for the heat map.") int score,
        @NonNull @Description("Chance it happens at least once in the next 12 months or at its milestone, 0-1.") BigDecimal probability,
        @NonNull @Description("5th percentile of the loss of one occurrence.") Money lossLow,
        @NonNull @Description("95th percentile of the loss of one occurrence.") Money lossHigh,
        @NonNull @Description("Inherent expected loss: probability x mean of the lognormal with lossLow-lossHigh as its 90% range.") Money expectedLoss,
        @Description("When the risk is next reviewed.") LocalDate nextReviewOn,
        @Description("Why it was closed, when it is CLOSED.") String closedReason,
        @NonNull @Description("Version for optimistic locking: pass it back to riskUpdate and riskClose.") int version,
        @NonNull @Description("When it was recorded.") OffsetDateTime createdAt,
        @NonNull @Description("When it last changed.") OffsetDateTime updatedAt) {

    public static RiskView of(Risk r, String currency) {
        return new RiskView(r.id, r.projectId, r.milestoneId, r.ownerUsername, r.lossMean, r.title, r.description, r.category, r.status(), r.response,
                r.likelihood, r.impact, r.score, r.probability, Money.of(r.lossLow, currency), Money.of(r.lossHigh, currency),
                Money.of(r.expectedLoss, currency), r.nextReviewOn, r.closedReason(), (int) r.version, r.createdAt, r.updatedAt);
    }
}
