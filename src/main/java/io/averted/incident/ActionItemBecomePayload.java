package io.averted.incident;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserError;

@Type("ActionItemBecomePayload")
@Description("Result of actionItemBecome.")
public record ActionItemBecomePayload(
        @Description("The action item, now linked to what it became; null when there are user errors.") ActionItemView actionItem,
        @NonNull @Description("What to fix; empty on success. Nothing changed when there are any.") List<@NonNull UserError> userErrors) {
}
