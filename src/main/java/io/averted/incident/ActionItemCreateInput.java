package io.averted.incident;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ActionItemCreateInput")
@Description("An action item from an incident's post-mortem (the project's manager). It starts OPEN and proposed unless committed.")
public record ActionItemCreateInput(
        @NonNull @Id @Description("The incident.") UUID incidentId,
        @NonNull @NotBlank @Size(max = 200) @Description("What will be done, concretely.") String title,
        @Size(max = 100) @Description("Owner's username; a member of the project.") String owner,
        @Description("Due date.") LocalDate dueDate,
        @Description("Whether the team committed to it (false: only proposed).") Boolean committed,
        @Id @Description("The risk whose recurrence it should prevent (one the incident materialized, or any of the project's).") UUID targetRiskId) {
}
