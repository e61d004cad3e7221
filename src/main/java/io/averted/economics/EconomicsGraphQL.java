package io.averted.economics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.averted.project.Project;
import io.averted.project.ProjectAccess;
import io.averted.project.ProjectService;
import io.averted.project.ProjectView;
import io.averted.shared.DatabaseOutageAsUnavailable;
import io.averted.shared.InputValidator;
import io.averted.shared.InvalidArgumentException;
import io.quarkus.security.Authenticated;

/** The money views: every member of a project reads its economics (viewers too); the portfolio spans your projects. */
@GraphQLApi
@DatabaseOutageAsUnavailable
@Authenticated
public class EconomicsGraphQL {

    @Inject
    EconomicsService economics;

    @Inject
    ProjectAccess access;

    @Inject
    ProjectService projects;

    @NonNull
    @Description("Prevention cost against incident loss for this project, in its currency.")
    public List<@NonNull Economics> economics(@Source List<ProjectView> list) {
        Map<UUID, Project> readable = access.readable(list.stream().map(ProjectView::id).toList());
        Map<UUID, List<Project>> groups = new LinkedHashMap<>();
        list.forEach(p -> groups.put(p.id(), List.of(readable.get(p.id()))));
        Map<UUID, Economics> byProject = economics.compute(groups);
        return list.stream().map(p -> byProject.get(p.id())).toList();
    }

    @Description("Monte Carlo simulation of a year's loss over the project's open risks: inherent and residual, null with an error when refused, "
            + "mean, percentiles and a loss exceedance curve. Up to 1,000,000 trials; one request may simulate at most "
            + "200,000,000 risk-trials in all, a user one simulation at a time (else a SIMULATION_REFUSED error).")
    public List<LossSimulationView> lossSimulation(@Source List<ProjectView> list,
            @DefaultValue("100000") @Description("Simulated years, 1 to 1,000,000.") int trials,
            @DefaultValue("1") @Description("Seed: the same seed gives the same result.") long seed,
            @Description("What-if: count these investments as in force whatever their status, so the residual shows the effect "
                    + "of adopting them; the draws are the same as without, so the difference is their effect, not noise.") WhatIfInput assume) {
        Map<UUID, Project> readable = access.readable(list.stream().map(ProjectView::id).toList());
        Map<UUID, List<Project>> groups = new LinkedHashMap<>();
        list.forEach(p -> groups.put(p.id(), List.of(readable.get(p.id()))));
        if (assume != null && assume.investmentIds() != null && assume.investmentIds().size() > InputValidator.MAX_LIST) {
            throw new InvalidArgumentException("assume.investmentIds may hold at most " + InputValidator.MAX_LIST + " ids.");
        }
        Set<UUID> assumed = assume == null || assume.investmentIds() == null ? Set.of()
                : assume.investmentIds().stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        Map<UUID, LossSimulationView> byProject = economics.simulate(groups, trials, seed, assumed);
        return list.stream().map(p -> byProject.get(p.id())).toList();
    }

    @Name("lossSimulation")
    @Description("Monte Carlo simulation over the open risks of all the group's projects together (see Project.lossSimulation).")
    public List<LossSimulationView> portfolioLossSimulation(@Source List<Portfolio.PortfolioCurrency> list,
            @DefaultValue("100000") @Description("Simulated years, 1 to 1,000,000.") int trials,
            @DefaultValue("1") @Description("Seed: the same seed gives the same result.") long seed) {
        Map<UUID, Project> readable = access.readable(list.stream().flatMap(c -> c.projects().stream()).map(ProjectView::id).toList());
        Map<String, List<Project>> groups = new LinkedHashMap<>();
        list.forEach(c -> groups.put(c.currency(), c.projects().stream().map(p -> readable.get(p.id())).toList()));
        Map<String, LossSimulationView> byCurrency = economics.simulate(groups, trials, seed);
        return list.stream().map(c -> byCurrency.get(c.currency())).toList();
    }

    @Query
    @NonNull
    @Description("The projects you can see (admins: all), grouped by currency, each group with its economics summed. Nothing is converted.")
    public Portfolio portfolio() {
        Map<UUID, Project> visible = access.readable(projects.visibleIds());
        Map<String, List<Project>> byCurrency = new TreeMap<>();
        visible.values().forEach(p -> byCurrency.computeIfAbsent(p.currency, c -> new java.util.ArrayList<>()).add(p));
        byCurrency.values().forEach(ps -> ps.sort(java.util.Comparator.comparing(p -> p.key)));
        Map<String, Economics> sums = economics.compute(byCurrency);
        return new Portfolio(byCurrency.entrySet().stream().map(e -> new Portfolio.PortfolioCurrency(e.getKey(),
                e.getValue().stream().map(ProjectView::of).toList(), sums.get(e.getKey()))).toList());
    }
}
