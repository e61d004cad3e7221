package io.averted.economics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.averted.economics.Economics.DeclinedPrevention;
import io.averted.economics.Economics.MilestoneLoss;
import io.averted.economics.Economics.MonthlyAmount;
import io.averted.economics.Economics.RiskLoss;
import io.averted.economics.simulation.LossSimulator;
import io.averted.economics.simulation.SimulatedRisk;
import io.averted.incident.Incident;
import io.averted.incident.IncidentRisk;
import io.averted.incident.IncidentService;
import io.averted.incident.IncidentView;
import io.averted.incident.LossByType;
import io.averted.incident.LossItem;
import io.averted.incident.LossType;
import io.averted.milestone.GateResult;
import io.averted.milestone.GateService;
import io.averted.milestone.Milestone;
import io.averted.milestone.MilestoneService;
import io.averted.milestone.MilestoneView;
import io.averted.prevention.Investment;
import io.averted.prevention.InvestmentService;
import io.averted.prevention.InvestmentStatus;
import io.averted.prevention.InvestmentView;
import io.averted.prevention.Mitigation;
import io.averted.prevention.MoneyConfig;
import io.averted.project.Project;
import io.averted.risk.Risk;
import io.averted.risk.RiskService;
import io.averted.risk.RiskStatus;
import io.averted.risk.RiskView;
import io.averted.shared.Money;

/**
 * Computes the money views for groups of projects that share a currency (one project, or a portfolio's
 * projects in one currency). Headline figures are sums PostgreSQL computes per project ({@link EconomicsSums});
 * the detailed ones are computed from rows loaded once for all groups — a fixed number of statements either way —
 * and summed in exact decimals; nothing is rounded before a figure is shown.
 */
@ApplicationScoped
public class EconomicsService {

    /** The key under which incidents at no milestone are summed. */
    private static final UUID NO_MILESTONE = new UUID(0, 0);

    @Inject
    RiskService risks;

    @Inject
    InvestmentService investments;

    @Inject
    IncidentService incidents;

    @Inject
    MilestoneService milestones;

    @Inject
    GateService gates;

    /**
     * All cores but one: the engine cuts a simulation's trials into blocks that its threads take in turn (every thread
     * simulates all the risks of its blocks), so plain requests always find a free core.
     */
    private final LossSimulator simulator = new LossSimulator(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));

    @Inject
    SimulationBudget budget;

    @Inject
    EconomicsSums sums;

    @Inject
    MoneyConfig money;

    @Inject
    Clock clock;

    /**
     * The figures of each group; every project of a group must have the group's currency. Nothing is computed here:
     * each figure is computed when a field asks for it, for all the groups at once (see {@link EconomicsFigures}), as of
     * today.
     */
    public <K> Map<K, Economics> compute(Map<K, List<Project>> groups) {
        Set<UUID> projectIds = groups.values().stream().flatMap(List::stream).map(p -> p.id).collect(Collectors.toSet());
        EconomicsFigures figures = new EconomicsFigures(projectIds, LocalDate.now(clock), sums, money.amortizationYears(), this);
        Map<K, Economics> result = new LinkedHashMap<>();
        groups.forEach((key, projects) -> result.put(key, new Economics(figures,
                projects.stream().map(p -> p.id).collect(Collectors.toUnmodifiableSet()),
                projects.isEmpty() ? "USD" : projects.get(0).currency)));
        return result;
    }

    /** Every row the detailed figures need, for a set of projects, grouped by project once. */
    record Loaded(Map<UUID, List<Risk>> risks, Map<UUID, List<Investment>> investments,
            Map<UUID, List<Mitigation>> mitigationsOfInvestments, Map<UUID, List<Incident>> incidents,
            Map<UUID, List<IncidentRisk>> incidentRisks, Map<UUID, List<LossItem>> losses, Map<UUID, Milestone> milestones,
            Map<UUID, List<GateResult>> gateResults) {

        <T> List<T> of(Map<UUID, List<T>> byProject, Set<UUID> projectIds) {
            if (projectIds.size() == 1) {
                return byProject.getOrDefault(projectIds.iterator().next(), List.of());
            }
            return projectIds.stream().flatMap(id -> byProject.getOrDefault(id, List.of()).stream()).toList();
        }
    }

    Loaded load(Collection<UUID> projectIds) {
        List<Risk> allRisks = risks.ofProjects(projectIds);
        List<Investment> allInvestments = investments.ofProjects(projectIds);
        Map<UUID, List<Mitigation>> mitigations = investments.mitigationsOfInvestments(allInvestments.stream()
                .filter(i -> i.status() == InvestmentStatus.REJECTED).map(i -> i.id).toList());
        List<Incident> allIncidents = incidents.ofProjects(projectIds);
        List<UUID> incidentIds = allIncidents.stream().map(i -> i.id).toList();
        Map<UUID, UUID> projectOfIncident = allIncidents.stream().collect(Collectors.toMap(i -> i.id, i -> i.projectId));
        return new Loaded(byProject(allRisks, r -> r.projectId), byProject(allInvestments, i -> i.projectId), mitigations,
                byProject(allIncidents, i -> i.projectId),
                byProject(incidents.risksOf(incidentIds), l -> projectOfIncident.get(l.incidentId)),
                byProject(incidents.lossesOf(incidentIds), l -> projectOfIncident.get(l.incidentId)),
                milestones.ofProjects(projectIds).stream().collect(Collectors.toMap(m -> m.id, Function.identity())),
                byProject(gates.resultsOfProjects(projectIds), r -> r.projectId));
    }

    private static <T> Map<UUID, List<T>> byProject(List<T> rows, Function<T, UUID> projectOf) {
        Map<UUID, List<T>> grouped = new HashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(projectOf.apply(row), id -> new ArrayList<>()).add(row));
        return grouped;
    }

    /** The rows of one group of projects, and what each of its incidents lost. */
    private record Group(List<Risk> risks, List<Investment> investments, List<Incident> incidents,
            List<IncidentRisk> incidentRisks, List<LossItem> losses, Map<UUID, BigDecimal> lossByIncident,
            List<GateResult> gateResults) {

        static Group of(Loaded loaded, Set<UUID> projectIds) {
            List<LossItem> losses = loaded.of(loaded.losses(), projectIds);
            Map<UUID, BigDecimal> lossByIncident = new HashMap<>();
            losses.forEach(l -> lossByIncident.merge(l.incidentId, l.amount, BigDecimal::add));
            return new Group(loaded.of(loaded.risks(), projectIds), loaded.of(loaded.investments(), projectIds),
                    loaded.of(loaded.incidents(), projectIds), loaded.of(loaded.incidentRisks(), projectIds), losses, lossByIncident,
                    loaded.of(loaded.gateResults(), projectIds));
        }

        BigDecimal lossOf(Incident incident) {
            return lossByIncident.getOrDefault(incident.id, BigDecimal.ZERO);
        }
    }

    EconomicsFigures.Details details(Loaded loaded, Set<UUID> projectIds, String currency, LocalDate today) {
        Function<BigDecimal, Money> money = amount -> Money.of(amount, currency);
        Group group = Group.of(loaded, projectIds);
        List<Investment> inForce = group.investments().stream().filter(i -> i.status().inForce()).toList();
        List<RiskView> openRisks = group.risks().stream().filter(r -> r.status() != RiskStatus.CLOSED)
                .sorted(Comparator.comparing((Risk r) -> r.expectedLoss).reversed().thenComparing(r -> r.id))
                .map(r -> RiskView.of(r, currency)).toList();
        return new EconomicsFigures.Details(inForce.stream().map(i -> InvestmentView.of(i, currency)).toList(),
                incidentLoss(group, loaded.milestones(), currency, money), declinedPrevention(group, loaded, currency, money),
                CostOfQuality.of(inForce, group.gateResults(), group.incidents(), group.lossByIncident(), today, money), openRisks);
    }

    /** The group's incident losses by type, by materialized risk, by milestone and by month. */
    private static EconomicsFigures.IncidentLossDetails incidentLoss(Group group, Map<UUID, Milestone> milestones, String currency,
            Function<BigDecimal, Money> money) {
        Map<LossType, BigDecimal> byType = new EnumMap<>(LossType.class);
        group.losses().forEach(l -> byType.merge(l.type, l.amount, BigDecimal::add));
        Map<UUID, BigDecimal> byRisk = new LinkedHashMap<>();
        group.incidentRisks().forEach(l -> byRisk.merge(l.riskId, group.lossByIncident().getOrDefault(l.incidentId, BigDecimal.ZERO), BigDecimal::add));
        Map<UUID, Risk> riskById = group.risks().stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<UUID, BigDecimal> byMilestone = new LinkedHashMap<>();
        group.incidents().forEach(i -> byMilestone.merge(i.milestoneId == null ? NO_MILESTONE : i.milestoneId, group.lossOf(i), BigDecimal::add));
        Map<String, BigDecimal> byMonth = new TreeMap<>();
        group.incidents().forEach(i -> byMonth.merge(CostOfQuality.month(i.occurredAt), group.lossOf(i), BigDecimal::add));

        return new EconomicsFigures.IncidentLossDetails(
                byType.entrySet().stream().map(e -> new LossByType(e.getKey(), money.apply(e.getValue()))).toList(),
                byRisk.entrySet().stream().filter(e -> riskById.containsKey(e.getKey()))
                        .map(e -> new RiskLoss(RiskView.of(riskById.get(e.getKey()), currency), money.apply(e.getValue()))).toList(),
                byMilestone.entrySet().stream().map(e -> new MilestoneLoss(
                        e.getKey() == NO_MILESTONE ? null : MilestoneView.of(milestones.get(e.getKey())), money.apply(e.getValue()))).toList(),
                byMonth.entrySet().stream().map(e -> new MonthlyAmount(e.getKey(), money.apply(e.getValue()))).toList(),
                group.incidents().stream().map(i -> IncidentView.of(i, currency)).toList());
    }

    /** Each rejected investment of the group with the incidents that materialized one of its risks after the sponsor said no. */
    private List<DeclinedPrevention> declinedPrevention(Group group, Loaded loaded, String currency, Function<BigDecimal, Money> money) {
        Map<UUID, Incident> incidentById = group.incidents().stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        List<DeclinedPrevention> declined = new ArrayList<>();
        for (Investment rejected : group.investments().stream().filter(i -> i.status() == InvestmentStatus.REJECTED).toList()) {
            Set<UUID> itsRisks = loaded.mitigationsOfInvestments().getOrDefault(rejected.id, List.of()).stream()
                    .map(m -> m.riskId).collect(Collectors.toSet());
            Set<UUID> later = new HashSet<>();
            group.incidentRisks().stream().filter(l -> itsRisks.contains(l.riskId)).map(l -> incidentById.get(l.incidentId))
                    .filter(i -> rejected.decidedAt() == null || !i.occurredAt.isBefore(rejected.decidedAt()))
                    .forEach(i -> later.add(i.id));
            if (later.isEmpty()) {
                continue;
            }
            List<Incident> those = group.incidents().stream().filter(i -> later.contains(i.id)).toList();
            declined.add(new DeclinedPrevention(InvestmentView.of(rejected, currency),
                    money.apply(investments.annualizedCost(rejected.oneTimeCost, rejected.annualCost)),
                    money.apply(those.stream().map(group::lossOf).reduce(BigDecimal.ZERO, BigDecimal::add)),
                    those.stream().map(i -> IncidentView.of(i, currency)).toList()));
        }
        return declined;
    }

    /** The simulation of each group's open risks; one risk query and one mitigation query for all groups. */
    public <K> Map<K, LossSimulationView> simulate(Map<K, List<Project>> groups, int trials, long seed) {
        return simulate(groups, trials, seed, Set.of());
    }

    /**
     * As {@link #simulate(Map, int, long)}, with the investments {@code assumed} counted as in force (a what-if). The
     * draws depend only on the seed, so against the simulation without them the difference is their effect, not noise;
     * the cache tells them apart by the mitigation factors they give the risks.
     */
    public <K> Map<K, LossSimulationView> simulate(Map<K, List<Project>> groups, int trials, long seed, Set<UUID> assumed) {
        Set<UUID> projectIds = groups.values().stream().flatMap(List::stream).map(p -> p.id).collect(Collectors.toSet());
        List<Risk> open = risks.ofProjects(projectIds).stream().filter(r -> r.status() != RiskStatus.CLOSED).toList();
        Map<UUID, InvestmentService.ResidualFactors> factors = investments.residualFactors(open.stream().map(r -> r.id).toList(), assumed);
        Map<K, LossSimulationView> result = new LinkedHashMap<>();
        groups.forEach((key, projects) -> {
            Set<UUID> ids = projects.stream().map(p -> p.id).collect(Collectors.toSet());
            List<SimulatedRisk> simulated = open.stream().filter(r -> ids.contains(r.projectId))
                    .map(r -> new SimulatedRisk(r.id.toString(), r.probability.doubleValue(), r.lossLow.doubleValue(),
                            r.lossHigh.doubleValue(), factors.get(r.id).probability().doubleValue(), factors.get(r.id).loss().doubleValue()))
                    .toList();
            String currency = projects.isEmpty() ? "USD" : projects.get(0).currency;
            result.put(key, LossSimulationView.of(budget.run(simulator, simulated, trials, seed), simulated.size(), currency));
        });
        return result;
    }
}
