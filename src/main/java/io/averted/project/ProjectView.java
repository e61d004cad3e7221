package io.averted.project;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Project")
@Description("A project: its members, risk register and, through them, its money.")
public record ProjectView(
        @NonNull @Id @Description("Opaque id.") UUID id,
        @NonNull @Description("Short unique code, e.g. MBR.") String key,
        @NonNull @Description("Name.") String name,
        @Description("What the project delivers.") String description,
        @NonNull @Description("ISO 4217 currency every amount of the project is in.") String currency,
        @NonNull @Description("Where the project stands.") ProjectStatus status,
        @Description("Start date.") LocalDate startDate,
        @Description("Target date.") LocalDate targetDate,
        @NonNull @Description("Version for optimistic locking: pass it back to projectUpdate.") int version,
        @NonNull @Description("When it was created.") OffsetDateTime createdAt,
        @NonNull @Description("When it last changed.") OffsetDateTime updatedAt) {

    public static ProjectView of(Project p) {
        return new ProjectView(p.id, p.key, p.name, p.description, p.currency, p.status, p.startDate, p.targetDate,
                (int) p.version, p.createdAt, p.updatedAt);
    }

    /** Each project's currency, by id: what the views of its rows need. */
    public static Map<UUID, String> currencies(List<ProjectView> projects) {
        Map<UUID, String> currencies = new HashMap<>();
        projects.forEach(p -> currencies.put(p.id(), p.currency()));
        return currencies;
    }
}
