package io.averted.incident;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PostmortemStatus")
@Description("Where a post-mortem stands.")
public enum PostmortemStatus {
    @Description("Being written.") DRAFT,
    @Description("Ready for review.") IN_REVIEW,
    @Description("Published: needs an impact statement and an action item or a reason for none.") PUBLISHED
}
