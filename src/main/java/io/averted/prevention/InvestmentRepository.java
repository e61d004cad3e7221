package io.averted.prevention;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvestmentRepository implements PanacheRepositoryBase<Investment, UUID> {

    /** Every investment of these projects, in any of {@code statuses} (all when empty), in one statement. */
    public List<Investment> ofProjects(Collection<UUID> projectIds, Collection<InvestmentStatus> statuses) {
        if (statuses.isEmpty()) {
            return list("projectId in ?1 order by createdAt, id", projectIds);
        }
        return list("projectId in ?1 and status in ?2 order by createdAt, id", projectIds, statuses);
    }

    public List<Investment> byIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    /** How many rows each project has, in one statement; projects without any are absent. */
    public java.util.Map<UUID, Long> counts(Collection<UUID> projectIds, Collection<InvestmentStatus> statuses) {
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        if (projectIds.isEmpty()) {
            return counts;
        }
        var query = getEntityManager().createQuery("select e.projectId, count(e) from Investment e where e.projectId in :ids" + (statuses.isEmpty() ? "" : " and e.status in :statuses")
                + " group by e.projectId", Object[].class).setParameter("ids", projectIds);
        if (!statuses.isEmpty()) {
            query.setParameter("statuses", statuses);
        }
        query.getResultList().forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }
}
