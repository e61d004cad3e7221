package io.averted.milestone;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class QualityGateRepository implements PanacheRepositoryBase<QualityGate, UUID> {

    public List<QualityGate> ofMilestones(Collection<UUID> milestoneIds) {
        return list("milestoneId in ?1 order by createdAt, name, id", milestoneIds);
    }

    /** A milestone's gates, freshly read and locked until the transaction ends (for the completion decision). */
    public List<QualityGate> ofMilestoneForUpdate(UUID milestoneId) {
        return getEntityManager().createQuery("from QualityGate g where g.milestoneId = :id order by g.createdAt, g.name, g.id",
                        QualityGate.class)
                .setParameter("id", milestoneId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The gate, locked until the transaction ends so concurrent results are recorded one after the other. */
    public Optional<QualityGate> findForUpdate(UUID id) {
        boolean exists = !getEntityManager().createNativeQuery("select id from quality_gate where id = :id for update")
                .setParameter("id", id).getResultList().isEmpty();
        return exists ? findByIdOptional(id) : Optional.empty();
    }

    public List<GateResult> resultsOf(Collection<UUID> gateIds) {
        return getEntityManager()
                .createQuery("from GateResult r where r.gateId in :ids order by r.seq desc", GateResult.class)
                .setParameter("ids", gateIds)
                .getResultList();
    }

    public List<GateMeasurement> measurementsOf(Collection<UUID> resultIds) {
        return getEntityManager()
                .createQuery("from GateMeasurement m where m.resultId in :ids order by m.resultId, m.position", GateMeasurement.class)
                .setParameter("ids", resultIds)
                .getResultList();
    }

    public List<GateTemplate> templates(MilestoneKind kind) {
        String where = kind == null ? "" : " where t.milestoneKind = :kind";
        var query = getEntityManager().createQuery("from GateTemplate t" + where + " order by t.milestoneKind, t.position",
                GateTemplate.class);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.getResultList();
    }
}
