package io.averted.milestone;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    /** All milestones of the projects, by due date: one statement for any number of projects. */
    public List<Milestone> ofProjects(Collection<UUID> projectIds) {
        return list("projectId in ?1 order by dueDate, id", projectIds);
    }

    /** How many rows each project has, in one statement; projects without any are absent. */
    public java.util.Map<UUID, Long> counts(Collection<UUID> projectIds, Collection<MilestoneStatus> statuses) {
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        if (projectIds.isEmpty()) {
            return counts;
        }
        var query = getEntityManager().createQuery("select e.projectId, count(e) from Milestone e where e.projectId in :ids" + (statuses.isEmpty() ? "" : " and e.status in :statuses")
                + " group by e.projectId", Object[].class).setParameter("ids", projectIds);
        if (!statuses.isEmpty()) {
            query.setParameter("statuses", statuses);
        }
        query.getResultList().forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }
}
