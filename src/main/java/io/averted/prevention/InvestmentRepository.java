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
}
