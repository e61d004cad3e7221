package io.averted.milestone;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserError;

@Type("QualityGateCreatePayload")
@Description("Result of qualityGateCreate.")
public record QualityGateCreatePayload(
        @Description("The new gate; null when there are user errors.") QualityGateView gate,
        @NonNull @Description("What to fix; empty on success. Nothing changed when there are any.") List<@NonNull UserError> userErrors) {
}
