package io.averted.incident;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Postmortem")
@Description("A blameless post-mortem: what happened, how we responded, what it cost, and what concretely reduces recurrence.")
public record PostmortemView(
        @NonNull @Id @Description("Opaque id.") UUID id,
        @NonNull @Description("Draft, in review or published.") PostmortemStatus status,
        @Description("What happened.") String summary,
        @Description("What it cost the business and its users.") String impact,
        @Description("Root causes: conditions, not people.") String rootCauses,
        @Description("Contributing factors.") String contributingFactors,
        @Description("What went well.") String whatWentWell,
        @Description("Where we got lucky.") String whereWeGotLucky,
        @Description("Why no action item is needed, if none is.") String noActionReason,
        @Description("When it was published.") OffsetDateTime publishedAt,
        @Description("Who published it.") String publishedBy,
        @NonNull @Description("Version for optimistic locking: pass it to postmortemUpdate.") int version) {

    static PostmortemView of(Postmortem p) {
        return new PostmortemView(p.id, p.status, p.summary, p.impact, p.rootCauses, p.contributingFactors, p.whatWentWell,
                p.whereWeGotLucky, p.noActionReason, p.publishedAt, p.publishedBy, (int) p.version);
    }
}
