package io.averted.project;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ProjectCreateInput")
@Description("A new project. Its creator becomes its manager unless it is an admin.")
public record ProjectCreateInput(
        @NonNull @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9]{1,9}", message = "must be 2 to 10 capital letters or digits, starting with a letter")
        @Description("Short unique code: 2-10 capital letters or digits, starting with a letter.") String key,
        @NonNull @NotBlank @Size(max = 200) @Description("Name, at most 200 characters.") String name,
        @Size(max = 4000) @Description("Description, at most 4000 characters.") String description,
        @NonNull @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
        @Description("ISO 4217 currency code of every amount in the project.") String currency,
        @Description("Initial status; PLANNED when absent.") ProjectStatus status,
        @Description("Start date.") LocalDate startDate,
        @Description("Target date, not before the start date.") LocalDate targetDate) {
}
