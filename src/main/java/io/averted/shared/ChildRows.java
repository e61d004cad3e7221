package io.averted.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The rows of one table that belong to some parents (a project's risks, investments, …), narrowed by conditions that
 * name the row {@code r}: read as one keyset page per parent, or counted per parent, each in one statement for any
 * number of parents.
 */
public final class ChildRows {

    private final String table;
    private final String parentColumn;
    private final String parentTable;
    private final Collection<UUID> parentIds;
    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> params = new HashMap<>();

    private ChildRows(String table, String parentColumn, String parentTable, Collection<UUID> parentIds) {
        this.table = table;
        this.parentColumn = parentColumn;
        this.parentTable = parentTable;
        this.parentIds = parentIds;
    }

    /** The rows of {@code table} whose {@code parentColumn} holds one of {@code parentIds} (ids of {@code parentTable}). */
    public static ChildRows of(String table, String parentColumn, String parentTable, Collection<UUID> parentIds) {
        return new ChildRows(table, parentColumn, parentTable, parentIds);
    }

    /** Only the rows that also meet {@code condition}, whose one parameter is {@code value}. */
    public ChildRows and(String condition, String parameter, Object value) {
        where.append(" and ").append(condition);
        params.put(parameter, value);
        return this;
    }

    /** Only the rows whose {@code column} holds one of {@code values} (enums by name); all rows when it is empty. */
    public ChildRows in(String column, Collection<?> values) {
        return values.isEmpty() ? this : and("r." + column + " in (:" + column + ")", column,
                values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v).toList());
    }

    /**
     * Each parent's page: up to {@link PageRequest#limit()} rows after the request's cursor, in the keyset's order,
     * one LATERAL subquery per parent. The rows come grouped by parent, parents in no particular order.
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> pages(EntityManager em, Class<T> entity, Keyset<T> keyset, PageRequest page) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        String sql = """
                select r.* from (select id from %s where id in (:parentIds)) p
                cross join lateral (
                    select r.* from %s r where r.%s = p.id%s%s
                    order by %s
                    limit :limit) r""".formatted(parentTable, table, parentColumn, where,
                page.continued() ? " and " + keyset.after() : "", keyset.orderBy());
        jakarta.persistence.Query query = em.createNativeQuery(sql, entity)
                .setParameter("parentIds", parentIds)
                .setParameter("limit", page.limit());
        params.forEach(query::setParameter);
        page.bind(query::setParameter);
        return query.getResultList();
    }

    /** Every row, in {@code orderBy} (SQL over {@code r}), in one statement. */
    @SuppressWarnings("unchecked")
    public <T> List<T> all(EntityManager em, Class<T> entity, String orderBy) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        jakarta.persistence.Query query = em.createNativeQuery("select r.* from " + table + " r where r." + parentColumn
                + " in (:parentIds)" + where + " order by " + orderBy, entity).setParameter("parentIds", parentIds);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** How many rows each parent has, in one statement: 0 for a parent without any. */
    public Map<UUID, Long> counts(EntityManager em) {
        Map<UUID, Long> counts = new HashMap<>();
        parentIds.forEach(id -> counts.put(id, 0L));
        if (parentIds.isEmpty()) {
            return counts;
        }
        // typed result columns: otherwise Hibernate asks the driver for metadata, one more catalogue query
        NativeQuery<Object[]> query = em.unwrap(Session.class)
                .createNativeQuery("select r." + parentColumn + " as parent, count(*) as n from " + table + " r where r."
                        + parentColumn + " in (:parentIds)" + where + " group by r." + parentColumn, Object[].class)
                .addScalar("parent", StandardBasicTypes.UUID)
                .addScalar("n", StandardBasicTypes.LONG);
        query.setParameter("parentIds", parentIds);
        params.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }
}
