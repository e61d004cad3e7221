package io.averted.milestone;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MilestoneUpdateInput")
@Description("Changes to a milestone. Absent fields stay as they are. DONE is reached only with milestoneComplete.")
public record MilestoneUpdateInput(
        @NonNull @Id @Description("The milestone.") UUID id,
        @NonNull @Description("The version you read.") Integer version,
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Description("Name.") String name,
        @Size(max = 4000) @Description("Description.") String description,
        @Description("Due date; the project's milestones are listed by it.") LocalDate dueDate,
        @Description("PLANNED, IN_PROGRESS, BLOCKED or MISSED; reopening a DONE milestone clears its completion.") MilestoneStatus status) {
}
