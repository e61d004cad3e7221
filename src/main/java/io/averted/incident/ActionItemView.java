package io.averted.incident;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ActionItem")
@Description("An owned, dated action from a post-mortem, tracked to closure; it may become a risk, a gate or an investment.")
public record ActionItemView(
        @NonNull @Id @Description("Opaque id.") UUID id,
        @Ignore UUID projectId,
        @Ignore UUID incidentId,
        @Ignore String ownerUsername,
        @Ignore UUID targetRiskId,
        @Ignore UUID becameRiskId,
        @Ignore UUID becameGateId,
        @Ignore UUID becameInvestmentId,
        @NonNull @Description("What will be done.") String title,
        @Description("Due date.") LocalDate dueDate,
        @NonNull @Description("Open, done or dropped.") ActionItemStatus status,
        @NonNull @Description("Committed (true) or only proposed (false).") boolean committed,
        @NonNull @Description("OPEN and past its due date.") boolean overdue,
        @Description("Why it was dropped.") String dropReason,
        @Description("When it was done.") OffsetDateTime completedAt,
        @Description("Who marked it done.") String completedBy,
        @NonNull @Description("Version for optimistic locking.") int version) {

    /** The API view of an action item, overdue or not as of {@code today}. */
    static ActionItemView of(ActionItem a, LocalDate today) {
        return new ActionItemView(a.id, a.projectId, a.incidentId, a.ownerUsername, a.targetRiskId, a.becameRiskId(), a.becameGateId(), a.becameInvestmentId(),
                a.title, a.dueDate, a.status(), a.committed, a.overdue(today), a.dropReason(), a.completedAt(), a.completedBy(),
                (int) a.version);
    }
}
