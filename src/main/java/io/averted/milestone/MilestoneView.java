package io.averted.milestone;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Milestone")
@Description("A milestone of a project, with the quality gates it must pass before it can be completed.")
public record MilestoneView(
        @NonNull @Id @Description("Opaque id.") UUID id,
        @Ignore UUID projectId,
        @NonNull @Description("Name.") String name,
        @Description("What it delivers.") String description,
        @NonNull @Description("What kind of milestone; decides the gates it started with.") MilestoneKind kind,
        @NonNull @Description("Due date.") LocalDate dueDate,
        @NonNull @Description("Where it stands.") MilestoneStatus status,
        @Description("When it was completed.") OffsetDateTime completedAt,
        @Description("Who completed it.") String completedBy,
        @NonNull @Description("Version for optimistic locking.") int version,
        @NonNull @Description("When it was created.") OffsetDateTime createdAt,
        @NonNull @Description("When it last changed.") OffsetDateTime updatedAt) {

    public static MilestoneView of(Milestone m) {
        return new MilestoneView(m.id, m.projectId, m.name, m.description, m.kind, m.dueDate, m.status(), m.completedAt(),
                m.completedBy(), (int) m.version, m.createdAt, m.updatedAt);
    }
}
