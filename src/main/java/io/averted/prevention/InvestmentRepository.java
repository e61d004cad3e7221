package io.averted.prevention;

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
public class InvestmentRepository implements PanacheRepositoryBase<Investment, UUID> {

    /** The one order of a project's investments: oldest first, then by id. */
    static final Keyset<Investment> BY_CREATED = new Keyset<>("created", "r.created_at", OrderDirection.ASC,
            i -> i.createdAt.toInstant().toString(), Keyset::instant, i -> i.id);

    /** Every investment of these projects, oldest first, in one statement. */
    public List<Investment> ofProjects(Collection<UUID> projectIds) {
        return list("projectId in ?1 order by createdAt, id", projectIds);
    }

    public List<Investment> byIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    /** A keyset page of each project's investments in any of {@code statuses} (all when empty), in one statement. */
    public List<Investment> pages(Collection<UUID> projectIds, Collection<InvestmentStatus> statuses, PageRequest page) {
        return rows(projectIds, statuses).pages(getEntityManager(), Investment.class, BY_CREATED, page);
    }

    /** How many investments each project has in any of {@code statuses} (all when empty), in one statement. */
    public Map<UUID, Long> counts(Collection<UUID> projectIds, Collection<InvestmentStatus> statuses) {
        return rows(projectIds, statuses).counts(getEntityManager());
    }

    private static ChildRows rows(Collection<UUID> projectIds, Collection<InvestmentStatus> statuses) {
        return ChildRows.of("investment", "project_id", "project", projectIds).in("status", statuses);
    }
}
