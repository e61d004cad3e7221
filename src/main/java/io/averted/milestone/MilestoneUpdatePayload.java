package io.averted.milestone;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserError;

@Type("MilestoneUpdatePayload")
@Description("Result of milestoneUpdate.")
public record MilestoneUpdatePayload(
        @Description("The milestone as saved; null when there are user errors.") MilestoneView milestone,
        @NonNull @Description("What to fix; empty on success. Nothing changed when there are any.") List<@NonNull UserError> userErrors) {
}
