package io.averted.risk;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.averted.shared.ChildRows;
import io.averted.shared.Ids;
import io.averted.shared.Keyset;
import io.averted.shared.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RiskRepository implements PanacheRepositoryBase<Risk, UUID> {

    /** Sort key of each ordering: its SQL, how a cursor's text turns back into a typed parameter, and how a row gives its key. */
    enum SortKey {
        SCORE("r.score", Integer::valueOf, r -> Integer.toString(r.score)),
        EXPECTED_LOSS("r.expected_loss", Keyset::decimal, r -> r.expectedLoss.toPlainString()),
        NEXT_REVIEW("coalesce(r.next_review_on, date '9999-12-31')", Keyset::date,
                r -> (r.nextReviewOn == null ? LocalDate.of(9999, 12, 31) : r.nextReviewOn).toString()),
        UPDATED("r.updated_at", Keyset::time, r -> r.updatedAt.toString());

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

    /** The keyset of an order of the register; its cursors name the field and the direction. */
    static Keyset<Risk> keyset(RiskOrder order) {
        SortKey key = SortKey.of(order.field());
        return new Keyset<>(order.field() + ":" + order.direction(), key.sql, order.direction(), key.of, key.parse, r -> r.id);
    }

    /** One keyset page of each project's register, for any number of projects in one statement. */
    public List<Risk> pages(Collection<UUID> projectIds, RiskFilter filter, Keyset<Risk> keyset, PageRequest page) {
        return rows(projectIds, filter).pages(getEntityManager(), Risk.class, keyset, page);
    }

    /** How many risks of each project match the filter, in one statement. */
    public Map<UUID, Long> counts(Collection<UUID> projectIds, RiskFilter filter) {
        return rows(projectIds, filter).counts(getEntityManager());
    }

    /** Every risk of the projects that matches the filter, oldest first, in one statement (the CSV export). */
    public List<Risk> matching(Collection<UUID> projectIds, RiskFilter filter) {
        return rows(projectIds, filter).all(getEntityManager(), Risk.class, "r.project_id, r.created_at, r.id");
    }

    private static ChildRows rows(Collection<UUID> projectIds, RiskFilter filter) {
        ChildRows rows = ChildRows.of("risk", "project_id", "project", projectIds);
        if (filter == null) {
            return rows;
        }
        if (filter.status() != null) {
            rows.in("status", filter.status());
        }
        if (filter.category() != null) {
            rows.in("category", filter.category());
        }
        if (filter.owner() != null && !filter.owner().isBlank()) {
            rows.and("r.owner_username = :owner", "owner", filter.owner().strip());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String escaped = filter.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            rows.and("(r.title ilike :text escape '\\' or r.description ilike :text escape '\\')", "text", "%" + escaped + "%");
        }
        if (filter.milestone() != null && !filter.milestone().isBlank()) {
            // a malformed id is simply not found, as everywhere else
            rows.and("r.milestone_id = :milestone", "milestone", Ids.parse(filter.milestone()).orElse(new UUID(0, 0)));
        }
        if (filter.likelihood() != null) {
            rows.and("r.likelihood = :likelihood", "likelihood", filter.likelihood());
        }
        if (filter.impact() != null) {
            rows.and("r.impact = :impact", "impact", filter.impact());
        }
        // Residual placement as Risk.residualRating defines it, over the mitigations of investments in force.
        if (filter.residualLikelihood() != null) {
            rows.and("residual_rating(r.likelihood, " + factorLeft("probability_reduction") + ") = :residualLikelihood",
                    "residualLikelihood", filter.residualLikelihood());
        }
        if (filter.residualImpact() != null) {
            rows.and("residual_rating(r.impact, " + factorLeft("loss_reduction") + ") = :residualImpact",
                    "residualImpact", filter.residualImpact());
        }
        return rows;
    }
}
