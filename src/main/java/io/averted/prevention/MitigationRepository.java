package io.averted.prevention;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MitigationRepository implements PanacheRepositoryBase<Mitigation, UUID> {

    /** A mitigation with the status of its investment, which decides whether it counts. */
    public record Counted(Mitigation mitigation, InvestmentStatus status) {
    }

    public List<Mitigation> ofInvestments(Collection<UUID> investmentIds) {
        return list("investmentId in ?1 order by createdAt, id", investmentIds);
    }

    public List<Mitigation> ofRisks(Collection<UUID> riskIds) {
        return list("riskId in ?1 order by createdAt, id", riskIds);
    }

    public Optional<Mitigation> find(UUID investmentId, UUID riskId) {
        return find("investmentId = ?1 and riskId = ?2", investmentId, riskId).firstResultOptional();
    }

    /** The mitigations of these risks whose investment is in one of {@code statuses}, in one statement. */
    public List<Mitigation> ofRisksWithInvestmentIn(Collection<UUID> riskIds, Collection<InvestmentStatus> statuses) {
        return getEntityManager().createQuery("""
                select m from Mitigation m, Investment i
                 where i.id = m.investmentId and m.riskId in :riskIds and i.status in :statuses
                 order by m.createdAt, m.id""", Mitigation.class)
                .setParameter("riskIds", riskIds)
                .setParameter("statuses", statuses)
                .getResultList();
    }

    /**
     * The mitigations of these risks whose investment is in one of {@code statuses} or is one of {@code assumed}
     * (a what-if: those count as in force whatever their status), each once, in one statement.
     */
    public List<Mitigation> ofRisksWithInvestmentInOrAssumed(Collection<UUID> riskIds, Collection<InvestmentStatus> statuses,
            Collection<UUID> assumed) {
        return getEntityManager().createQuery("""
                select m from Mitigation m, Investment i
                 where i.id = m.investmentId and m.riskId in :riskIds and (i.status in :statuses or i.id in :assumed)
                 order by m.createdAt, m.id""", Mitigation.class)
                .setParameter("riskIds", riskIds)
                .setParameter("statuses", statuses)
                .setParameter("assumed", assumed)
                .getResultList();
    }

    /**
     * Every mitigation of every risk that any of these investments mitigates, with its investment's status:
     * what the expected loss the investments avoid depends on, in one statement.
     */
    public List<Counted> onRisksMitigatedBy(Collection<UUID> investmentIds) {
        return getEntityManager().createQuery("""
                select m, i.status from Mitigation m, Investment i
                 where i.id = m.investmentId
                   and m.riskId in (select o.riskId from Mitigation o where o.investmentId in :investmentIds)
                 order by m.createdAt, m.id""", Object[].class)
                .setParameter("investmentIds", investmentIds)
                .getResultList().stream()
                .map(row -> new Counted((Mitigation) row[0], (InvestmentStatus) row[1]))
                .toList();
    }
}
