package io.averted.prevention;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.averted.history.HistoryEntry;
import io.averted.history.HistoryService;
import io.averted.project.ProjectAccess;
import io.averted.project.ProjectView;
import io.averted.shared.Connection;
import io.averted.shared.DatabaseOutageAsUnavailable;
import io.averted.shared.Ids;
import io.averted.shared.Money;
import io.averted.shared.Mutations;
import io.averted.shared.PageRequest;
import io.averted.shared.Result;
import io.quarkus.security.Authenticated;

/** Investments over GraphQL. Every field that needs data is resolved for all its parents at once: no SQL per row. */
@GraphQLApi
@DatabaseOutageAsUnavailable
@Authenticated
public class InvestmentGraphQL {

    @Inject
    InvestmentService service;

    @Inject
    ProjectAccess access;

    @Inject
    HistoryService history;

    @Query
    @Description("An investment by id; null when it does not exist or you are not a member of its project.")
    public InvestmentView investment(@NonNull @Id String id) {
        return Ids.parse(id).flatMap(service::readable).map(InvestmentGraphQL::view).orElse(null);
    }

    @NonNull
    @Description("The project's preventive investments, oldest first, one keyset page at a time.")
    public List<@NonNull InvestmentConnection> investments(@Source List<ProjectView> projects,
            @Description("Page size: 20 when absent, at most 100.") Integer first,
            @Description("Cursor of the investment to continue after.") String after,
            // [InvestmentStatus], not [InvestmentStatus!]: SmallRye makes a List<@NonNull ...> argument itself
            // required (smallrye-graphql#753), which would force every client to pass a filter.
            @Description("Only investments in any of these statuses; all when absent or empty.") List<InvestmentStatus> status) {
        PageRequest page = InvestmentRepository.BY_CREATED.request(first, after);
        List<UUID> ids = projects.stream().map(ProjectView::id).toList();
        List<InvestmentStatus> statuses = status == null ? List.of() : status.stream().filter(Objects::nonNull).toList();
        Map<UUID, String> currency = ProjectView.currencies(projects);
        return Connection.batch(InvestmentRepository.BY_CREATED, page, () -> service.pages(ids, statuses, page), i -> i.projectId,
                (cursor, i) -> new InvestmentEdge(cursor, InvestmentView.of(i, currency.get(i.projectId))),
                () -> service.counts(ids, statuses))
                .connections(ids, InvestmentConnection::new);
    }

    @NonNull
    @Description("The project the investment belongs to.")
    public List<@NonNull ProjectView> project(@Source List<InvestmentView> investments) {
        Map<UUID, ProjectView> projects = new LinkedHashMap<>();
        access.readable(investments.stream().map(InvestmentView::projectId).distinct().toList())
                .forEach((id, p) -> projects.put(id, ProjectView.of(p)));
        return investments.stream().map(i -> projects.get(i.projectId())).toList();
    }

    @NonNull
    @Description("The risks it mitigates and by how much, oldest link first.")
    public List<@NonNull List<@NonNull MitigationView>> mitigations(@Source List<InvestmentView> investments) {
        Map<UUID, List<Mitigation>> byInvestment = service.mitigationsOfInvestments(investments.stream().map(InvestmentView::id).toList());
        return investments.stream().map(i -> byInvestment.get(i.id()).stream().map(MitigationView::of).toList()).toList();
    }

    @NonNull
    @Description("What it costs per year: annualCost + oneTimeCost / the configured amortization years (3 by default).")
    public List<@NonNull Money> annualizedCost(@Source List<InvestmentView> investments) {
        return investments.stream().map(this::annualized).toList();
    }

    @NonNull
    @Description("""
            Expected loss it avoids per year: over the risks it mitigates that are not CLOSED, the residual expected loss \
            under the other APPROVED and ACTIVE investments minus the residual with this one added. For a PROPOSED, \
            REJECTED or RETIRED investment, what adopting it would avoid.""")
    public List<@NonNull Money> expectedLossAvoided(@Source List<InvestmentView> investments) {
        Map<UUID, BigDecimal> avoided = service.expectedLossAvoided(investments.stream().map(InvestmentView::id).toList());
        return investments.stream().map(i -> Money.of(avoided.get(i.id()), i.annualCost().currency())).toList();
    }

    @Description("(expectedLossAvoided - annualizedCost) / annualizedCost, to 4 decimals (0.5 = 50%); null when it costs nothing.")
    public List<BigDecimal> returnOnInvestment(@Source List<InvestmentView> investments) {
        Map<UUID, BigDecimal> avoided = service.expectedLossAvoided(investments.stream().map(InvestmentView::id).toList());
        return investments.stream()
                .map(i -> ResidualLoss.returnOnInvestment(avoided.get(i.id()),
                        service.annualizedCost(i.oneTimeCost().exact(), i.annualCost().exact())))
                .toList();
    }

    @NonNull
    @Description("Every change to the investment, oldest first: proposal, decision, status changes.")
    public List<@NonNull List<@NonNull HistoryEntry>> history(@Source List<InvestmentView> investments) {
        return history.ofEach(Investment.class, investments, InvestmentView::id);
    }

    @Mutation
    @NonNull
    @Description("Proposes an investment with the risks it mitigates (the project's manager, or an admin). It starts PROPOSED.")
    public InvestmentProposePayload investmentPropose(@NonNull @Name("input") InvestmentProposeInput input) {
        Result<InvestmentService.Found> result = Mutations.run(() -> service.propose(input));
        return new InvestmentProposePayload(view(result), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Approves or rejects a PROPOSED investment, with a rationale. Only the project's sponsor decides, not even an admin.")
    public InvestmentDecidePayload investmentDecide(@NonNull @Name("input") InvestmentDecideInput input) {
        Result<InvestmentService.Found> result = Mutations.run(() -> service.decide(input));
        return new InvestmentDecidePayload(view(result), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Puts an APPROVED investment into operation (ACTIVE) or retires it (the project's manager or sponsor, or an admin).")
    public InvestmentStatusSetPayload investmentStatusSet(@NonNull @Name("input") InvestmentStatusSetInput input) {
        Result<InvestmentService.Found> result = Mutations.run(() -> service.setStatus(input));
        return new InvestmentStatusSetPayload(view(result), result.errors());
    }

    private Money annualized(InvestmentView i) {
        return Money.of(service.annualizedCost(i.oneTimeCost().exact(), i.annualCost().exact()), i.annualCost().currency());
    }

    private static InvestmentView view(InvestmentService.Found found) {
        return InvestmentView.of(found.investment(), found.project().currency);
    }

    private static InvestmentView view(Result<InvestmentService.Found> result) {
        return Optional.ofNullable(result.value()).map(InvestmentGraphQL::view).orElse(null);
    }
}
