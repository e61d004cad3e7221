package io.averted.prevention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

import io.averted.milestone.QualityGateView;
import io.averted.project.ProjectAccess;
import io.averted.shared.DatabaseOutageAsUnavailable;
import io.quarkus.security.Authenticated;

/** The investment that automates a quality gate, on the gate's own type. */
@GraphQLApi
@DatabaseOutageAsUnavailable
@Authenticated
public class GateAutomationGraphQL {

    @Inject
    InvestmentService investments;

    @Inject
    ProjectAccess access;

    @Description("The investment (tool or process) that automates this gate, whatever its status.")
    public List<InvestmentView> automatedBy(@Source List<QualityGateView> gates) {
        Map<UUID, Investment> byId = investments.byIds(gates.stream().map(QualityGateView::automatedByInvestmentId)
                .filter(Objects::nonNull).distinct().toList());
        Map<UUID, String> currency = new HashMap<>();
        access.readable(byId.values().stream().map(i -> i.projectId).distinct().toList()).forEach((id, p) -> currency.put(id, p.currency));
        return gates.stream().map(g -> {
            Investment i = g.automatedByInvestmentId() == null ? null : byId.get(g.automatedByInvestmentId());
            return i == null ? null : InvestmentView.of(i, currency.get(i.projectId));
        }).toList();
    }
}
