package io.averted.incident;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserError;

@Type("IncidentAddLossPayload")
@Description("Result of incidentAddLoss.")
public record IncidentAddLossPayload(
        @Description("The incident; null when there are user errors.") IncidentView incident,
        @Description("The loss added; null when there are user errors.") LossItemView loss,
        @NonNull @Description("What to fix; empty on success. Nothing changed when there are any.") List<@NonNull UserError> userErrors) {
}
