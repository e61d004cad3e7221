package io.averted.milestone;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import io.averted.shared.DatabaseOutageAsUnavailable;
import io.averted.shared.Mutations;
import io.averted.shared.Result;
import io.quarkus.security.Authenticated;

@GraphQLApi
@DatabaseOutageAsUnavailable
@Authenticated
public class GateGraphQL {

    @Inject
    GateService gates;

    @Inject
    MilestoneService milestones;

    @Inject
    HistoryService history;

    @NonNull
    @Description("The milestone the gate belongs to.")
    public List<@NonNull MilestoneView> milestone(@Source List<QualityGateView> list) {
        Map<UUID, MilestoneView> byId = new LinkedHashMap<>();
        milestones.readable(list.stream().map(QualityGateView::milestoneId).distinct().toList())
                .forEach(m -> byId.put(m.id, MilestoneView.of(m)));
        return list.stream().map(g -> byId.get(g.milestoneId())).toList();
    }

    @NonNull
    @Description("Every result recorded for the gate, newest first. The first one decides the status unless the gate was waived since.")
    public List<@NonNull List<@NonNull GateResultView>> results(@Source List<QualityGateView> list) {
        Map<UUID, List<GateResultView>> byGate = new LinkedHashMap<>();
        list.forEach(g -> byGate.put(g.id(), new ArrayList<>()));
        gates.resultsOf(byGate.keySet()).forEach(r -> byGate.get(r.gateId).add(GateResultView.of(r)));
        return list.stream().map(g -> byGate.get(g.id())).toList();
    }

    @NonNull
    @Description("Every change to the gate itself (status, waiver, removal), oldest first.")
    public List<@NonNull List<@NonNull HistoryEntry>> history(@Source List<QualityGateView> list) {
        return history.ofEach(QualityGate.class, list, QualityGateView::id);
    }

    @NonNull
    @Description("The measured values recorded with the result, in the order given.")
    public List<@NonNull List<@NonNull Measurement>> measurements(@Source List<GateResultView> list) {
        Map<UUID, List<Measurement>> byResult = new LinkedHashMap<>();
        list.forEach(r -> byResult.put(r.id(), new ArrayList<>()));
        gates.measurementsOf(byResult.keySet()).forEach(m -> byResult.get(m.resultId)
                .add(new Measurement(m.name, stripZeros(m.value), m.unit)));
        return list.stream().map(r -> byResult.get(r.id())).toList();
    }

    private static BigDecimal stripZeros(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Mutation
    @NonNull
    @Description("Adds a gate to a milestone (the project's manager).")
    public QualityGateCreatePayload qualityGateCreate(@NonNull @Name("input") QualityGateCreateInput input) {
        Result<QualityGate> result = Mutations.run(() -> gates.create(input), Map.of("quality_gate_investment_fk", "automatedByInvestmentId"));
        return new QualityGateCreatePayload(view(result), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Removes a gate from its milestone (the project's manager); it stays on record with its results.")
    public QualityGateRemovePayload qualityGateRemove(@NonNull @Name("input") QualityGateRemoveInput input) {
        Result<QualityGate> result = Mutations.run(() -> gates.remove(input));
        return new QualityGateRemovePayload(view(result), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Records a gate result with its evidence (contributors and managers; pipelines with a service account).")
    public QualityGateRecordResultPayload qualityGateRecordResult(@NonNull @Name("input") QualityGateRecordResultInput input) {
        Result<GateService.Recorded> result = Mutations.run(() -> gates.recordResult(input));
        if (!result.isOk()) {
            return new QualityGateRecordResultPayload(null, null, result.errors());
        }
        return new QualityGateRecordResultPayload(QualityGateView.of(result.value().gate()),
                GateResultView.of(result.value().result()), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Waives a gate: the project's sponsor only, and only with a reason.")
    public QualityGateWaivePayload qualityGateWaive(@NonNull @Name("input") QualityGateWaiveInput input) {
        Result<QualityGate> result = Mutations.run(() -> gates.waive(input));
        return new QualityGateWaivePayload(view(result), result.errors());
    }

    private static QualityGateView view(Result<QualityGate> result) {
        return Optional.ofNullable(result.value()).map(QualityGateView::of).orElse(null);
    }
}
