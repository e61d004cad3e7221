package io.averted.project;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserError;

@Type("ProjectCreatePayload")
@Description("Result of projectCreate: the project, or the user errors that stopped the change.")
public record ProjectCreatePayload(
        @Description("The project as saved; null when there are user errors.") ProjectView project,
        @NonNull @Description("What to fix; empty on success.") List<@NonNull UserError> userErrors) {
}
