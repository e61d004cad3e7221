package io.averted.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.averted.shared.Cursor;
import io.averted.shared.Ids;
import io.averted.shared.InvalidArgumentException;
import io.averted.shared.OrderDirection;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RiskRepository implements PanacheRepositoryBase<Risk, UUID> {

    /** Sort key of each ordering: its SQL, how a cursor's text turns back into a typed parameter, and how a row gives its key. */
    enum SortKey {
        SCORE("r.score", Integer::valueOf, r -> Integer.toString(r.score)),
        EXPECTED_LOSS("r.expected_loss", BigDecimal::new, r -> r.expectedLoss.toPlainString()),
        NEXT_REVIEW("coalesce(r.next_review_on, date '9999-12-31')", LocalDate::parse,
                r -> (r.nextReviewOn == null ? LocalDate.of(9999, 12, 31) : r.nextReviewOn).toString()),
        UPDATED("r.updated_at", OffsetDateTime::parse, r -> r.updatedAt.toString());

        final String sql;
        final Function<String, Object> parse;
        final Function<Risk, String> of;

        SortKey(String sql, Function<String, Object> parse, Function<Risk, String> of) {
            this.sql = sql;
            this.parse = parse;
            this.of = of;
        }

        static SortKey of(RiskOrderField field) {
            return valueOf(field.name());
        }
    }

    /** Π(1 − reduction) over the risk's mitigations whose investment is APPROVED or ACTIVE; 1 without any. */
    private static String factorLeft(String reduction) {
        return "coalesce((select numeric_product(1 - m." + reduction + ") from mitigation m join investment i on i.id = m.investment_id"
                + " where m.risk_id = r.id and i.status in ('APPROVED', 'ACTIVE')), 1)";
    }

    static String ordering(RiskOrder order) {
        return order.field() + ":" + order.direction();
    }

    static String cursorKey(RiskOrder order, Risk risk) {
        return SortKey.of(order.field()).of.apply(risk);
    }

    /**
     * One keyset page of each project's register, for any number of projects in one statement:
     * a LATERAL subquery per project id, each limited to {@code limit} rows.
     */
    @SuppressWarnings("unchecked")
    /** The sort key a cursor continues after, typed; a cursor this API did not issue is a BAD_ARGUMENT. */
    static Object afterKey(RiskOrder order, Cursor after) {
        try {
            return SortKey.of(order.field()).parse.apply(after.key());
        } catch (RuntimeException e) {
            throw new InvalidArgumentException("The cursor is not one this API issued.");
        }
    }

    public List<Risk> pages(Collection<UUID> projectIds, RiskFilter filter, RiskOrder order, Cursor after, int limit) {
        SortKey key = SortKey.of(order.field());
        String direction = order.direction() == OrderDirection.ASC ? "asc" : "desc";
        String comparison = order.direction() == OrderDirection.ASC ? ">" : "<";
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("r.project_id = p.id");
        appendFilter(filter, where, params);
        if (after != null) {
            Object afterKey = afterKey(order, after);
            where.append(" and (").append(key.sql).append(", r.id) ").append(comparison).append(" (:afterKey, :afterId)");
            params.put("afterKey", afterKey);
            params.put("afterId", after.id());
        }
        String sql = """
                select r.* from (select id from project where id in (:projectIds)) p
                cross join lateral (
                    select r.* from risk r where %s
                    order by %s %s, r.id %s
                    limit :limit) r""".formatted(where, key.sql, direction, direction);
        Query query = getEntityManager().createNativeQuery(sql, Risk.class)
                .setParameter("projectIds", projectIds)
                .setParameter("limit", limit);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** How many risks of each project match the filter, in one statement. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Long> counts(Collection<UUID> projectIds, RiskFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("r.project_id in (:projectIds)");
        appendFilter(filter, where, params);
        // typed result columns: otherwise Hibernate asks the driver for metadata, one more catalogue query
        Query query = getEntityManager().unwrap(org.hibernate.Session.class)
                .createNativeQuery("select r.project_id, count(*) as n from risk r where " + where + " group by r.project_id", Object[].class)
                .addScalar("project_id", org.hibernate.type.StandardBasicTypes.UUID)
                .addScalar("n", org.hibernate.type.StandardBasicTypes.LONG)
                .setParameter("projectIds", projectIds);
        params.forEach(query::setParameter);
        Map<UUID, Long> counts = new HashMap<>();
        projectIds.forEach(id -> counts.put(id, 0L));
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Every risk of the projects that matches the filter, oldest first, in one statement (the CSV export). */
    @SuppressWarnings("unchecked")
    public List<Risk> matching(Collection<UUID> projectIds, RiskFilter filter) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("r.project_id in (:projectIds)");
        appendFilter(filter, where, params);
        Query query = getEntityManager()
                .createNativeQuery("select r.* from risk r where " + where + " order by r.project_id, r.created_at, r.id", Risk.class)
                .setParameter("projectIds", projectIds);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static void appendFilter(RiskFilter filter, StringBuilder where, Map<String, Object> params) {
        if (filter == null) {
            return;
        }
        if (filter.status() != null && !filter.status().isEmpty()) {
            where.append(" and r.status in (:statuses)");
            params.put("statuses", filter.status().stream().map(Enum::name).toList());
        }
        if (filter.category() != null && !filter.category().isEmpty()) {
            where.append(" and r.category in (:categories)");
            params.put("categories", filter.category().stream().map(Enum::name).toList());
        }
        if (filter.owner() != null && !filter.owner().isBlank()) {
            where.append(" and r.owner_username = :owner");
            params.put("owner", filter.owner().strip());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (r.title ilike :text escape '\\' or r.description ilike :text escape '\\')");
            String escaped = filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.put("text", "%" + escaped + "%");
        }
        if (filter.milestone() != null && !filter.milestone().isBlank()) {
            where.append(" and r.milestone_id = :milestone");
            // a malformed id is simply not found, as everywhere else
            params.put("milestone", Ids.parse(filter.milestone()).orElse(new UUID(0, 0)));
        }
        if (filter.likelihood() != null) {
            where.append(" and r.likelihood = :likelihood");
            params.put("likelihood", filter.likelihood());
        }
        if (filter.impact() != null) {
            where.append(" and r.impact = :impact");
            params.put("impact", filter.impact());
        }
        // Residual placement as Risk.residualRating defines it, over the mitigations of investments in force.
        if (filter.residualLikelihood() != null) {
            where.append(" and residual_rating(r.likelihood, ").append(factorLeft("probability_reduction")).append(") = :residualLikelihood");
            params.put("residualLikelihood", filter.residualLikelihood());
        }
        if (filter.residualImpact() != null) {
            where.append(" and residual_rating(r.impact, ").append(factorLeft("loss_reduction")).append(") = :residualImpact");
            params.put("residualImpact", filter.residualImpact());
        }
    }
}
