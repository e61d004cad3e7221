package io.averted.economics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The headline figures of many projects, summed by PostgreSQL: one statement per figure for all the projects, one row
 * per project, whatever the number of risks, investments and losses behind them. Sums and products of NUMERIC are
 * exact, so each equals what Java computes from the loaded rows (see {@code ResidualLoss}).
 */
@ApplicationScoped
class EconomicsSums {

    /** Per project: expected loss of the risks that are not CLOSED, inherent and under the mitigations in force. */
    record ExpectedLoss(BigDecimal inherent, BigDecimal residual) {
        static final ExpectedLoss NONE = new ExpectedLoss(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * Per project, over the investments in force: their annual and one-time costs, and the annual costs weighted by
     * the days since each decision (UTC dates) up to a day, for the spend to date.
     */
    record Prevention(BigDecimal annualCost, BigDecimal oneTimeCost, BigDecimal annualCostTimesDays) {
        static final Prevention NONE = new Prevention(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    @Inject
    EntityManager em;

    Map<UUID, ExpectedLoss> expectedLoss(Collection<UUID> projectIds) {
        Map<UUID, ExpectedLoss> sums = new HashMap<>();
        if (projectIds.isEmpty()) {
            return sums;
        }
        // residual = p x PROD(1 - probability reduction) x mean x PROD(1 - loss reduction), as ResidualLoss.residual
        for (Object[] row : rows(sums("""
                with left_by_risk as (
                    select m.risk_id, numeric_product(1 - m.probability_reduction) as probability_left,
                           numeric_product(1 - m.loss_reduction) as loss_left
                      from investment i join mitigation m on m.investment_id = i.id
                     where i.project_id in (:projectIds) and i.status in ('APPROVED', 'ACTIVE')
                     group by m.risk_id)
                select r.project_id, sum(r.expected_loss) as inherent,
                       sum(r.probability * coalesce(f.probability_left, 1) * r.loss_mean * coalesce(f.loss_left, 1)) as residual
                  from risk r left join left_by_risk f on f.risk_id = r.id
                 where r.project_id in (:projectIds) and r.status <> 'CLOSED'
                 group by r.project_id""", "project_id", "inherent", "residual").setParameter("projectIds", projectIds).getResultList())) {
            sums.put((UUID) row[0], new ExpectedLoss((BigDecimal) row[1], (BigDecimal) row[2]));
        }
        return sums;
    }

    Map<UUID, Prevention> prevention(Collection<UUID> projectIds, LocalDate today) {
        Map<UUID, Prevention> sums = new HashMap<>();
        if (projectIds.isEmpty()) {
            return sums;
        }
        for (Object[] row : rows(sums("""
                select i.project_id, sum(i.annual_cost) as annual, sum(i.one_time_cost) as one_time,
                       sum(i.annual_cost * greatest(0, cast(:today as date) - cast(i.decided_at at time zone 'UTC' as date))) as annual_days
                  from investment i
                 where i.project_id in (:projectIds) and i.status in ('APPROVED', 'ACTIVE')
                 group by i.project_id""", "project_id", "annual", "one_time", "annual_days")
                .setParameter("projectIds", projectIds).setParameter("today", today).getResultList())) {
            sums.put((UUID) row[0], new Prevention((BigDecimal) row[1], (BigDecimal) row[2], (BigDecimal) row[3]));
        }
        return sums;
    }

    /** Per project: every typed loss of its incidents, summed. */
    Map<UUID, BigDecimal> incidentLoss(Collection<UUID> projectIds) {
        Map<UUID, BigDecimal> sums = new HashMap<>();
        if (projectIds.isEmpty()) {
            return sums;
        }
        for (Object[] row : rows(sums(
                "select l.project_id, sum(l.amount) as total from loss_item l where l.project_id in (:projectIds) group by l.project_id",
                "project_id", "total").setParameter("projectIds", projectIds).getResultList())) {
            sums.put((UUID) row[0], (BigDecimal) row[1]);
        }
        return sums;
    }

    /**
     * A query of a project id and NUMERIC sums, typed here: without declared types Hibernate asks the driver for the
     * result's metadata, which costs PostgreSQL one more catalogue query per statement.
     */
    private NativeQuery<?> sums(String sql, String projectId, String... sums) {
        NativeQuery<?> query = em.unwrap(Session.class).createNativeQuery(sql, Object[].class).addScalar(projectId, StandardBasicTypes.UUID);
        for (String sum : sums) {
            query.addScalar(sum, StandardBasicTypes.BIG_DECIMAL);
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
