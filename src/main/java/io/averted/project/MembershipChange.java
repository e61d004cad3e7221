package io.averted.project;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.history.FieldChange;
import io.averted.history.HistoryEntry;
import io.averted.history.HistoryOperation;

@Type("MembershipChange")
@Description("One recorded change to a project's membership: whose membership, who changed it, when, and each field before and after.")
public record MembershipChange(
        @NonNull @Description("Username of the member whose membership changed.") String username,
        @NonNull @Description("When the change was committed.") OffsetDateTime at,
        @NonNull @Description("Username of the person who made the change.") String actor,
        @NonNull @Description("CREATED when the member joined, UPDATED when its role or name changed.") HistoryOperation operation,
        @NonNull @Description("The fields that changed (role, displayName, subject), in alphabetical order.") List<@NonNull FieldChange> changes) {

    static MembershipChange of(String username, HistoryEntry entry) {
        return new MembershipChange(username, entry.at(), entry.actor(), entry.operation(), entry.changes());
    }
}
