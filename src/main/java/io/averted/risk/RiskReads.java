package io.averted.risk;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.averted.shared.OrderDirection;
import io.averted.shared.graphql.ReadModel;
import io.averted.shared.graphql.ReadOrders;
import io.averted.shared.graphql.ReadSchema;

/** The register on the SQL read path: as {@link RiskView} and {@link RiskGraphQL} answer it (without filters). */
@ApplicationScoped
public class RiskReads implements ReadModel {

    @Override
    public void describe(ReadSchema schema) {
        schema.type("Risk").table("risk", "project_id")
                .columns("id", "title", "description", "category", "status", "response", "likelihood", "impact", "score",
                        "probability", "nextReviewOn", "closedReason", "version")
                .money("lossLow", "loss_low")
                .money("lossHigh", "loss_high")
                .money("expectedLoss", "expected_loss")
                .one("project", "Project", "project_id")
                .one("milestone", "Milestone", "milestone_id");
        schema.rootById("risk", "Risk");
        schema.type("Project").connection("risks", "Risk", "project_id", arguments -> {
            if (!ReadOrders.absent(arguments.get("filter"))) {
                return Optional.empty();
            }
            return Optional.of(RiskRepository.keyset(order(arguments.get("orderBy"))));
        });
    }

    /** The orderBy argument as graphql-java coerced it (an input object as a map of enum names). */
    private static RiskOrder order(Object argument) {
        if (!(argument instanceof java.util.Map<?, ?> map)) {
            return RiskOrder.DEFAULT;
        }
        return new RiskOrder(RiskOrderField.valueOf(String.valueOf(map.get("field"))),
                OrderDirection.valueOf(String.valueOf(map.get("direction"))));
    }
}
