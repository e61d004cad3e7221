package io.averted.milestone;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.averted.shared.ChildRows;
import io.averted.shared.Keyset;
import io.averted.shared.OrderDirection;
import io.averted.shared.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    /** The one order of a project's milestones: by due date, then by id. */
    static final Keyset<Milestone> BY_DUE_DATE = new Keyset<>("dueDate", "r.due_date", OrderDirection.ASC,
            m -> m.dueDate.toString(), Keyset::date, m -> m.id);

    /** All milestones of the projects, by due date: one statement for any number of projects. */
    public List<Milestone> ofProjects(Collection<UUID> projectIds) {
        return list("projectId in ?1 order by dueDate, id", projectIds);
    }

    /** A keyset page of each project's milestones in any of {@code statuses} (all when empty), in one statement. */
    public List<Milestone> pages(Collection<UUID> projectIds, Collection<MilestoneStatus> statuses, PageRequest page) {
        return rows(projectIds, statuses).pages(getEntityManager(), Milestone.class, BY_DUE_DATE, page);
    }

    /** How many milestones each project has in any of {@code statuses} (all when empty), in one statement. */
    public Map<UUID, Long> counts(Collection<UUID> projectIds, Collection<MilestoneStatus> statuses) {
        return rows(projectIds, statuses).counts(getEntityManager());
    }

    private static ChildRows rows(Collection<UUID> projectIds, Collection<MilestoneStatus> statuses) {
        return ChildRows.of("milestone", "project_id", "project", projectIds).in("status", statuses);
    }
}
