package io.averted.prevention;

import static io.averted.shared.Inputs.blankToNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.averted.prevention.ResidualLoss.Reduction;
import io.averted.project.Project;
import io.averted.project.ProjectAccess;
import io.averted.project.ProjectAction;
import io.averted.risk.Risk;
import io.averted.risk.RiskService;
import io.averted.risk.RiskStatus;
import io.averted.shared.Change;
import io.averted.shared.InputValidator;
import io.averted.shared.PageRequest;
import io.averted.shared.Result;
import io.averted.shared.UserError;
import io.averted.shared.UserErrorCode;
import io.averted.shared.security.CurrentUser;

/** Investments and their mitigations: the rules for proposing, deciding and operating them, and the money they are worth. */
@ApplicationScoped
public class InvestmentService {

    /** Statuses whose mitigations count towards residual loss. */
    static final Set<InvestmentStatus> IN_FORCE = EnumSet.of(InvestmentStatus.APPROVED, InvestmentStatus.ACTIVE);

    @Inject
    CurrentUser user;

    @Inject
    ProjectAccess access;

    @Inject
    RiskService risks;

    @Inject
    InvestmentRepository investments;

    @Inject
    MitigationRepository mitigations;

    @Inject
    InputValidator validator;

    @Inject
    MoneyConfig money;

    /** An investment together with the project it belongs to, when the user may read that project. */
    public record Found(Investment investment, Project project) {
    }

    /** One project's investments matching a filter: a keyset page of them and how many match in all. */
    /** A risk's quantitative estimate, as far as residual loss needs it. */
    public record Estimate(UUID riskId, BigDecimal probability, BigDecimal lossMean) {
    }

    public Optional<Found> readable(UUID investmentId) {
        return investments.findByIdOptional(investmentId)
                .flatMap(i -> access.readable(i.projectId).map(project -> new Found(i, project)));
    }

    /** A keyset page of each project's investments in any of {@code statuses} (all when empty), in one statement. */
    public List<Investment> pages(Collection<UUID> projectIds, Collection<InvestmentStatus> statuses, PageRequest page) {
        return investments.pages(projectIds, statuses, page);
    }

    /** The investments with these ids, in one statement (reached through readable parents). */
    public Map<UUID, Investment> byIds(Collection<UUID> ids) {
        Map<UUID, Investment> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            investments.byIds(ids).forEach(i -> byId.put(i.id, i));
        }
        return byId;
    }

    /** Each investment's mitigations, oldest first, in one statement. */
    public Map<UUID, List<Mitigation>> mitigationsOfInvestments(Collection<UUID> investmentIds) {
        Map<UUID, List<Mitigation>> byInvestment = emptyLists(investmentIds);
        if (!investmentIds.isEmpty()) {
            mitigations.ofInvestments(investmentIds).forEach(m -> byInvestment.get(m.investmentId).add(m));
        }
        return byInvestment;
    }

    /** Each risk's mitigations, whatever their investment's status, oldest first, in one statement. */
    public Map<UUID, List<Mitigation>> mitigationsOfRisks(Collection<UUID> riskIds) {
        Map<UUID, List<Mitigation>> byRisk = emptyLists(riskIds);
        if (!riskIds.isEmpty()) {
            mitigations.ofRisks(riskIds).forEach(m -> byRisk.get(m.riskId).add(m));
        }
        return byRisk;
    }

    /** Residual expected loss of each risk under the mitigations of APPROVED and ACTIVE investments, in one statement. */
    public Map<UUID, BigDecimal> residualExpectedLoss(Collection<Estimate> estimates) {
        Set<UUID> riskIds = new HashSet<>();
        estimates.forEach(e -> riskIds.add(e.riskId()));
        Map<UUID, List<Reduction>> inForce = new HashMap<>();
        riskIds.forEach(id -> inForce.put(id, new ArrayList<>()));
        if (!riskIds.isEmpty()) {
            mitigations.ofRisksWithInvestmentIn(riskIds, IN_FORCE).forEach(m -> inForce.get(m.riskId).add(reduction(m)));
        }
        Map<UUID, BigDecimal> residual = new HashMap<>();
        estimates.forEach(e -> residual.put(e.riskId(), ResidualLoss.residual(e.probability(), e.lossMean(), inForce.get(e.riskId()))));
        return residual;
    }

    /**
     * Expected loss each investment avoids: over the risks it mitigates that are not CLOSED, the residual under the
     * other APPROVED and ACTIVE investments minus the residual with this one added. For an investment in force that
     * is what it avoids; for a PROPOSED, REJECTED or RETIRED one, what adopting it would avoid. Two statements in all.
     */
    public Map<UUID, BigDecimal> expectedLossAvoided(Collection<UUID> investmentIds) {
        Map<UUID, BigDecimal> avoided = new HashMap<>();
        investmentIds.forEach(id -> avoided.put(id, BigDecimal.ZERO));
        if (investmentIds.isEmpty()) {
            return avoided;
        }
        List<MitigationRepository.Counted> all = mitigations.onRisksMitigatedBy(investmentIds);
        Map<UUID, List<MitigationRepository.Counted>> byRisk = new HashMap<>();
        all.forEach(c -> byRisk.computeIfAbsent(c.mitigation().riskId, id -> new ArrayList<>()).add(c));
        Map<UUID, Risk> mitigated = risks.byIds(byRisk.keySet());
        for (MitigationRepository.Counted own : all) {
            UUID investmentId = own.mitigation().investmentId;
            Risk risk = mitigated.get(own.mitigation().riskId);
            if (!avoided.containsKey(investmentId) || risk == null || risk.status() == RiskStatus.CLOSED) {
                continue; // another investment's mitigation, or a risk that no longer counts
            }
            List<Reduction> others = byRisk.get(risk.id).stream()
                    .filter(c -> c.status().inForce() && !c.mitigation().investmentId.equals(investmentId))
                    .map(c -> reduction(c.mitigation()))
                    .toList();
            BigDecimal onRisk = ResidualLoss.avoided(risk.probability, risk.lossMean, others, reduction(own.mitigation()));
            avoided.merge(investmentId, onRisk, BigDecimal::add);
        }
        return avoided;
    }

    /** What mitigations in force do to a risk: its probability and its loss are multiplied by these factors. */
    public record ResidualFactors(BigDecimal probability, BigDecimal loss) {
    }

    /** For each risk: Π(1 − probabilityReduction) and Π(1 − lossReduction) over APPROVED and ACTIVE mitigations, in one statement. */
    public Map<UUID, ResidualFactors> residualFactors(Collection<UUID> riskIds) {
        return residualFactors(riskIds, Set.of());
    }

    /**
     * As {@link #residualFactors(Collection)}, with the investments {@code assumed} counted as in force whatever
     * their status (the what-if of adopting them); an investment in force anyway counts once.
     */
    public Map<UUID, ResidualFactors> residualFactors(Collection<UUID> riskIds, Set<UUID> assumed) {
        Map<UUID, ResidualFactors> factors = new HashMap<>();
        riskIds.forEach(id -> factors.put(id, new ResidualFactors(BigDecimal.ONE, BigDecimal.ONE)));
        if (!riskIds.isEmpty()) {
            (assumed.isEmpty() ? mitigations.ofRisksWithInvestmentIn(riskIds, IN_FORCE)
                    : mitigations.ofRisksWithInvestmentInOrAssumed(riskIds, IN_FORCE, assumed)).forEach(m -> factors.computeIfPresent(m.riskId,
                    (id, f) -> new ResidualFactors(f.probability().multiply(BigDecimal.ONE.subtract(m.probabilityReduction)),
                            f.loss().multiply(BigDecimal.ONE.subtract(m.lossReduction)))));
        }
        return factors;
    }

    /** How many investments each project has in any of {@code statuses} (all when empty), in one statement. */
    public Map<UUID, Long> counts(Collection<UUID> projectIds, Collection<InvestmentStatus> statuses) {
        return investments.counts(projectIds, statuses);
    }

    /** Every investment of the projects (the caller has checked they are readable), in one statement. */
    public List<Investment> ofProjects(Collection<UUID> projectIds) {
        return projectIds.isEmpty() ? List.of() : investments.ofProjects(projectIds);
    }

    /** Annual cost plus the one-time cost over the configured amortization years. */
    public BigDecimal annualizedCost(BigDecimal oneTimeCost, BigDecimal annualCost) {
        return ResidualLoss.annualizedCost(oneTimeCost, annualCost, money.amortizationYears());
    }

    @Transactional
    public Result<Found> propose(InvestmentProposeInput input) {
        List<InvestmentMitigationInput> links = input.mitigations() == null ? List.of() : input.mitigations();
        return Change.of(access.readable(input.projectId()), "projectId", "The project")
                .authorize(project -> access.require(project, ProjectAction.PROPOSE_INVESTMENT))
                .validate(validator.validate(input))
                .check(project -> mitigatedRiskProblems(project, links))
                .apply(project -> {
                    Investment investment = Investment.propose(project.id, input.name().strip(), input.kind(), input.oneTimeCost(),
                            input.annualCost(), user.username());
                    investment.description = blankToNull(input.description());
                    investment.vendor = blankToNull(input.vendor());
                    investments.persist(investment);
                    // The mitigations' composite foreign key needs the investment row first.
                    investments.flush();
                    for (InvestmentMitigationInput link : links) {
                        mitigations.persist(newMitigation(investment, link.riskId(), link.probabilityReduction(), link.lossReduction()));
                    }
                    mitigations.flush();
                    return new Found(investment, project);
                });
    }

    @Transactional
    public Result<Found> decide(InvestmentDecideInput input) {
        return Change.of(readable(input.id()), "id", "The investment")
                .authorize(found -> access.require(found.project(), ProjectAction.DECIDE_INVESTMENT))
                .validate(validator.validate(input))
                .check(found -> found.investment().decisionProblems())
                .version(Found::investment, input.version())
                .apply(found -> {
                    found.investment().decide(input.decision(), input.rationale(), user.username(),
                            OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
                    investments.flush();
                    return found;
                });
    }

    @Transactional
    public Result<Found> setStatus(InvestmentStatusSetInput input) {
        return Change.of(readable(input.id()), "id", "The investment")
                .authorize(found -> access.require(found.project(), ProjectAction.OPERATE_INVESTMENT))
                .validate(validator.validate(input))
                .check(found -> found.investment().operatingProblems(input.status()))
                .version(Found::investment, input.version())
                .apply(found -> {
                    found.investment().operate(input.status());
                    investments.flush();
                    return found;
                });
    }

    /** Links an investment to a risk of its project, or changes the reductions of the existing link. */
    @Transactional
    public Result<Mitigation> link(MitigationLinkInput input) {
        Optional<Found> found = readable(input.investmentId());
        Optional<Mitigation> existing = found.flatMap(f -> mitigations.find(f.investment().id, input.riskId()));
        return Change.of(found, "investmentId", "The investment")
                .authorize(f -> access.require(f.project(), ProjectAction.PROPOSE_INVESTMENT))
                .validate(validator.validate(input))
                .check(f -> {
                    Risk risk = risks.byIds(List.of(input.riskId())).get(input.riskId());
                    return risk != null && risk.projectId.equals(f.project().id) ? List.of()
                            : List.of(UserError.of(UserErrorCode.INVALID, "riskId", "riskId is not a risk of project " + f.project().key));
                })
                .check(f -> existing.isEmpty() ? List.of()
                        : input.version() == null ? List.of(UserError.of(UserErrorCode.REQUIRED, "version",
                                "this risk is already linked: give the version of the link you read to change it"))
                        : existing.get().version != input.version() ? List.of(UserError.conflict()) : List.of())
                .apply(f -> {
                    Mitigation mitigation;
                    if (existing.isPresent()) {
                        mitigation = existing.get();
                        mitigation.probabilityReduction = input.probabilityReduction();
                        mitigation.lossReduction = input.lossReduction();
                    } else {
                        mitigation = newMitigation(f.investment(), input.riskId(), input.probabilityReduction(), input.lossReduction());
                        mitigations.persist(mitigation);
                    }
                    f.investment().reopenForDecision();
                    mitigations.flush();
                    return mitigation;
                });
    }

    /** Each listed risk must be a risk of the project, and listed once; a risk elsewhere is reported like one that does not exist. */
    private List<UserError> mitigatedRiskProblems(Project project, List<InvestmentMitigationInput> links) {
        List<UserError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<UUID> ids = links.stream().map(InvestmentMitigationInput::riskId).filter(id -> id != null).toList();
        Map<UUID, Risk> found = risks.byIds(ids);
        for (int i = 0; i < links.size(); i++) {
            UUID riskId = links.get(i).riskId();
            if (riskId == null) {
                continue; // reported by Bean Validation
            }
            Risk risk = found.get(riskId);
            if (risk == null || !risk.projectId.equals(project.id)) {
                errors.add(UserError.of(UserErrorCode.INVALID, "mitigations",
                        "mitigations[" + i + "].riskId is not a risk of project " + project.key));
            } else if (!seen.add(riskId)) {
                errors.add(UserError.of(UserErrorCode.INVALID, "mitigations",
                        "mitigations[" + i + "].riskId lists risk \"" + risk.title + "\" a second time"));
            }
        }
        return errors;
    }

    private static Mitigation newMitigation(Investment investment, UUID riskId, BigDecimal probabilityReduction, BigDecimal lossReduction) {
        Mitigation mitigation = new Mitigation();
        mitigation.id = UUID.randomUUID();
        mitigation.projectId = investment.projectId;
        mitigation.investmentId = investment.id;
        mitigation.riskId = riskId;
        mitigation.probabilityReduction = probabilityReduction;
        mitigation.lossReduction = lossReduction;
        return mitigation;
    }

    private static Reduction reduction(Mitigation m) {
        return new Reduction(m.probabilityReduction, m.lossReduction);
    }

    private static <T> Map<UUID, List<T>> emptyLists(Collection<UUID> ids) {
        Map<UUID, List<T>> map = new HashMap<>();
        ids.forEach(id -> map.put(id, new ArrayList<>()));
        return map;
    }
}
