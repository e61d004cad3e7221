package io.averted.milestone;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MilestoneCreateInput")
@Description("A new milestone (the project's manager). It starts PLANNED, with the template gates of its kind.")
public record MilestoneCreateInput(
        @NonNull @Id @Description("The project.") UUID projectId,
        @NonNull @NotBlank @Size(max = 200) @Description("Name, at most 200 characters.") String name,
        @Size(max = 4000) @Description("What it delivers.") String description,
        @NonNull @Description("What kind of milestone; decides its starting gates.") MilestoneKind kind,
        @NonNull @Description("Due date.") LocalDate dueDate,
        @Description("Whether to add the template gates of its kind; true when absent.") Boolean withTemplateGates) {
}
