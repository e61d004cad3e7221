package io.averted.incident;

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

/** Incidents and what hangs off them; every query takes many parents at once. */
@ApplicationScoped
public class IncidentRepository implements PanacheRepositoryBase<Incident, UUID> {

    /** The one order of a project's incidents: newest first, then by id, descending. */
    static final Keyset<Incident> BY_OCCURRENCE = new Keyset<>("occurredAt", "r.occurred_at", OrderDirection.DESC,
            i -> i.occurredAt.toString(), Keyset::time, i -> i.id);

    public List<Incident> ofProjects(Collection<UUID> projectIds) {
        return list("projectId in ?1 order by occurredAt desc, id desc", projectIds);
    }

    public List<IncidentRisk> risksOf(Collection<UUID> incidentIds) {
        return getEntityManager().createQuery("from IncidentRisk r where r.incidentId in :ids order by r.createdAt", IncidentRisk.class)
                .setParameter("ids", incidentIds).getResultList();
    }

    public List<IncidentRisk> incidentsOfRisks(Collection<UUID> riskIds) {
        return getEntityManager().createQuery("from IncidentRisk r where r.riskId in :ids", IncidentRisk.class)
                .setParameter("ids", riskIds).getResultList();
    }

    public List<LossItem> lossesOf(Collection<UUID> incidentIds) {
        return getEntityManager().createQuery("from LossItem l where l.incidentId in :ids order by l.createdAt, l.id", LossItem.class)
                .setParameter("ids", incidentIds).getResultList();
    }

    public List<Postmortem> postmortemsOf(Collection<UUID> incidentIds) {
        return getEntityManager().createQuery("from Postmortem p where p.incidentId in :ids", Postmortem.class)
                .setParameter("ids", incidentIds).getResultList();
    }

    public List<TimelineEntry> timelinesOf(Collection<UUID> postmortemIds) {
        return getEntityManager().createQuery("from TimelineEntry t where t.postmortemId in :ids order by t.at, t.createdAt", TimelineEntry.class)
                .setParameter("ids", postmortemIds).getResultList();
    }

    public List<ActionItem> actionItemsOf(Collection<UUID> incidentIds) {
        return getEntityManager().createQuery("from ActionItem a where a.incidentId in :ids order by a.createdAt, a.id", ActionItem.class)
                .setParameter("ids", incidentIds).getResultList();
    }

    /** Action items that targeted or became any of the risks. */
    public List<ActionItem> actionItemsForRisks(Collection<UUID> riskIds) {
        return getEntityManager().createQuery(
                "from ActionItem a where a.targetRiskId in :ids or a.becameRiskId in :ids order by a.createdAt", ActionItem.class)
                .setParameter("ids", riskIds).getResultList();
    }

    /** Action items that became any of these gates or investments. */
    public List<ActionItem> actionItemsThatBecame(Collection<UUID> gateOrInvestmentIds) {
        return getEntityManager().createQuery(
                "from ActionItem a where a.becameGateId in :ids or a.becameInvestmentId in :ids order by a.createdAt", ActionItem.class)
                .setParameter("ids", gateOrInvestmentIds).getResultList();
    }

    public List<ActionItem> actionItemsOfProjects(Collection<UUID> projectIds) {
        return getEntityManager().createQuery(
                "from ActionItem a where a.projectId in :ids order by a.dueDate nulls last, a.createdAt", ActionItem.class)
                .setParameter("ids", projectIds).getResultList();
    }

    /** A keyset page of each project's incidents, in one statement. */
    public List<Incident> pages(Collection<UUID> projectIds, PageRequest page) {
        return ChildRows.of("incident", "project_id", "project", projectIds).pages(getEntityManager(), Incident.class, BY_OCCURRENCE, page);
    }

    /** How many incidents each project has, in one statement. */
    public Map<UUID, Long> counts(Collection<UUID> projectIds) {
        return ChildRows.of("incident", "project_id", "project", projectIds).counts(getEntityManager());
    }
}
