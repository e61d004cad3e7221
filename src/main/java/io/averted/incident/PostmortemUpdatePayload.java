package io.averted.incident;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserError;

@Type("PostmortemUpdatePayload")
@Description("Result of postmortemUpdate.")
public record PostmortemUpdatePayload(
        @Description("The post-mortem; null when there are user errors.") PostmortemView postmortem,
        @NonNull @Description("What to fix; empty on success. Nothing changed when there are any.") List<@NonNull UserError> userErrors) {
}
