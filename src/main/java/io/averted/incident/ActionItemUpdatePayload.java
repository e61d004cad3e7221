package io.averted.incident;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserError;

@Type("ActionItemUpdatePayload")
@Description("Result of actionItemUpdate.")
public record ActionItemUpdatePayload(
        @Description("The action item; null when there are user errors.") ActionItemView actionItem,
        @NonNull @Description("What to fix; empty on success. Nothing changed when there are any.") List<@NonNull UserError> userErrors) {
}
