package io.averted.incident;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ActionItemUpdateInput")
@Description("Changes an action item: complete it (DONE), drop it with a reason, commit to it, re-plan it (the manager; a contributor may mark an item it owns DONE).")
public record ActionItemUpdateInput(
        @NonNull @Id @Description("The action item.") UUID id,
        @NonNull @Description("The version you read.") Integer version,
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Description("Title.") String title,
        @Size(max = 100) @Description("Owner's username.") String owner,
        @Description("Due date.") LocalDate dueDate,
        @Description("Whether the team committed to it.") Boolean committed,
        @Description("New status; DROPPED needs dropReason.") ActionItemStatus status,
        @Size(max = 2000) @Description("Why it is dropped.") String dropReason) {

    /** Whether the change only marks the item DONE: all an owner who is not the manager may do. */
    boolean onlyCompletes() {
        return status == ActionItemStatus.DONE && title == null && owner == null && dueDate == null && committed == null
                && dropReason == null;
    }
}
