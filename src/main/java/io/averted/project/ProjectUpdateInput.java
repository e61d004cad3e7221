package io.averted.project;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ProjectUpdateInput")
@Description("Changes to a project. Absent fields stay as they are. Key and currency never change.")
public record ProjectUpdateInput(
        @NonNull @Id @Description("The project.") UUID id,
        @NonNull @Description("The version you read; a stale one is refused with CONFLICT.") Integer version,
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Description("Name, at most 200 characters.") String name,
        @Size(max = 4000) @Description("Description, at most 4000 characters.") String description,
        @Description("Status.") ProjectStatus status,
        @Description("Start date.") LocalDate startDate,
        @Description("Target date, not before the start date.") LocalDate targetDate) {
}
