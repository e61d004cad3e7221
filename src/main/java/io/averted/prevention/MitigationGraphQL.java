package io.averted.prevention;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.averted.history.HistoryEntry;
import io.averted.history.HistoryService;
import io.averted.project.Project;
import io.averted.project.ProjectAccess;
import io.averted.risk.Risk;
import io.averted.risk.RiskService;
import io.averted.risk.RiskView;
import io.averted.shared.DatabaseOutageAsUnavailable;
import io.averted.shared.Money;
import io.averted.shared.Mutations;
import io.averted.shared.Result;
import io.quarkus.security.Authenticated;

/**
 * Mitigations over GraphQL, and what prevention adds to the register's Risk type: its mitigations and its
 * residual expected loss. Every field is resolved for all its parents at once: no SQL per row.
 */
@GraphQLApi
@DatabaseOutageAsUnavailable
@Authenticated
public class MitigationGraphQL {

    @Inject
    InvestmentService service;

    @Inject
    RiskService risks;

    @Inject
    ProjectAccess access;

    @Inject
    HistoryService history;

    @NonNull
    @Description("The investment that makes this mitigation.")
    public List<@NonNull InvestmentView> investment(@Source List<MitigationView> mitigations) {
        Map<UUID, Investment> investments = service.byIds(mitigations.stream().map(MitigationView::investmentId).distinct().toList());
        Map<UUID, Project> projects = projectsOf(mitigations);
        return mitigations.stream().map(m -> {
            Project project = projects.get(m.projectId());
            return project == null ? null : InvestmentView.of(investments.get(m.investmentId()), project.currency);
        }).toList();
    }

    @NonNull
    @Description("The risk it mitigates.")
    public List<@NonNull RiskView> risk(@Source List<MitigationView> mitigations) {
        Map<UUID, Risk> byId = risks.byIds(mitigations.stream().map(MitigationView::riskId).distinct().toList());
        Map<UUID, Project> projects = projectsOf(mitigations);
        return mitigations.stream().map(m -> {
            Project project = projects.get(m.projectId());
            return project == null ? null : RiskView.of(byId.get(m.riskId()), project.currency);
        }).toList();
    }

    @NonNull
    @Description("Every change to this link, oldest first: its creation and each change of its reductions.")
    public List<@NonNull List<@NonNull HistoryEntry>> history(@Source List<MitigationView> mitigations) {
        return history.ofEach(Mitigation.class, mitigations, MitigationView::id);
    }

    @NonNull
    @Description("The investments that mitigate this risk, whatever their status, oldest link first.")
    public List<@NonNull List<@NonNull MitigationView>> mitigations(@Source List<RiskView> riskViews) {
        Map<UUID, List<Mitigation>> byRisk = service.mitigationsOfRisks(riskViews.stream().map(RiskView::id).toList());
        return riskViews.stream().map(r -> byRisk.get(r.id()).stream().map(MitigationView::of).toList()).toList();
    }

    @NonNull
    @Description("""
            Expected loss left after the mitigations of APPROVED and ACTIVE investments: \
            probability x PROD(1 - probabilityReduction) x mean loss x PROD(1 - lossReduction). \
            Equal to expectedLoss when nothing in force mitigates the risk.""")
    public List<@NonNull Money> residualExpectedLoss(@Source List<RiskView> riskViews) {
        Map<UUID, BigDecimal> residual = service.residualExpectedLoss(riskViews.stream()
                .map(r -> new InvestmentService.Estimate(r.id(), r.probability(), r.lossMean())).toList());
        return riskViews.stream().map(r -> Money.of(residual.get(r.id()), r.expectedLoss().currency())).toList();
    }

    @NonNull
    @Description("""
            Where the risk sits on the residual heat map: likelihood scaled by PROD(1 - probabilityReduction) and impact \
            by PROD(1 - lossReduction) over the mitigations of APPROVED and ACTIVE investments, each rounded up and kept \
            within 1-5. Equal to the inherent likelihood and impact when nothing in force mitigates the risk.""")
    public List<@NonNull RiskRating> residualRating(@Source List<RiskView> riskViews) {
        Map<UUID, InvestmentService.ResidualFactors> factors = service.residualFactors(riskViews.stream().map(RiskView::id).toList());
        return riskViews.stream().map(r -> {
            InvestmentService.ResidualFactors f = factors.get(r.id());
            int likelihood = ResidualLoss.residualRating(r.likelihood(), f.probability());
            int impact = ResidualLoss.residualRating(r.impact(), f.loss());
            return new RiskRating(likelihood, impact, likelihood * impact);
        }).toList();
    }

    @Mutation
    @NonNull
    @Description("Links an investment to a risk of its project, or changes the existing link's reductions (the project's manager, or an admin).")
    public MitigationLinkPayload mitigationLink(@NonNull @Name("input") MitigationLinkInput input) {
        Result<Mitigation> result = Mutations.run(() -> service.link(input));
        return new MitigationLinkPayload(Optional.ofNullable(result.value()).map(MitigationView::of).orElse(null), result.errors());
    }

    private Map<UUID, Project> projectsOf(List<MitigationView> mitigations) {
        return access.readable(mitigations.stream().map(MitigationView::projectId).distinct().toList());
    }
}
