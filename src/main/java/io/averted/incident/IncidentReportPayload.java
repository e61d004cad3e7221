package io.averted.incident;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserError;

@Type("IncidentReportPayload")
@Description("Result of incidentReport.")
public record IncidentReportPayload(
        @Description("The incident; null when there are user errors.") IncidentView incident,
        @NonNull @Description("What to fix; empty on success. Nothing changed when there are any.") List<@NonNull UserError> userErrors) {
}
