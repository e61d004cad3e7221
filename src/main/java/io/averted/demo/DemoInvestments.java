package io.averted.demo;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.averted.prevention.Investment;
import io.averted.prevention.InvestmentDecision;
import io.averted.prevention.InvestmentKind;
import io.averted.prevention.Mitigation;
import io.averted.project.Project;
import io.averted.risk.Risk;
import io.quarkus.arc.profile.UnlessBuildProfile;

/**
 * The investments of the demo stories (PRODUCT.md section 1): the data-comparison tool MBR's sponsor refused,
 * the snapshots and restore drill OPS approved, and the online schema-change tool PAY has on the table.
 * Called by {@link DemoData} inside its transaction, with the actor already stamped, after the projects
 * and risks exist.
 */
@ApplicationScoped
@UnlessBuildProfile("prod")
public class DemoInvestments {

    /** Loads the stories' investments; returns them by name. */
    public Map<String, Investment> load(EntityManager em, Map<String, Project> projectsByKey, Map<String, Risk> risksByTitle) {
        Project portal = required(projectsByKey, "MBR", "project");
        Project operations = required(projectsByKey, "OPS", "project");
        Project payments = required(projectsByKey, "PAY", "project");

        Investment comparisonTool = investment(em, portal, "Data comparison tool", InvestmentKind.TOOL, "RowMatch", "0", "2000",
                "Compares row counts, checksums and sampled fields between source and target before a migration completes, "
                        + "and confirms the source is production.");
        Investment snapshots = investment(em, operations, "Hourly snapshots and quarterly restore drill", InvestmentKind.PROCESS, null,
                "3000", "6000",
                "Makes the colleague's informal hourly snapshots official and rehearses a restore to a labelled test server every quarter.");
        Investment schemaTool = investment(em, payments, "Online schema-change tool", InvestmentKind.TOOL, "gh-ost support contract",
                "1500", "4800",
                "Adds columns to the payments ledger by copying it in the background instead of locking it.");
        // Write the proposals (and the risks they mitigate) first: mitigations refer to both by foreign key,
        // and the decisions below then show in each investment's history as changes after the proposal.
        em.flush();

        mitigation(em, comparisonTool, required(risksByTitle, "Migration loads data from the wrong source environment", "risk"), "0.8", "0.5");
        mitigation(em, snapshots, required(risksByTitle, "Restore applied to production instead of a test server", "risk"), "0.6", "0.7");
        mitigation(em, snapshots, required(risksByTitle, "Newest restore point older than the recovery point objective", "risk"), "0.7", "0.8");
        mitigation(em, schemaTool, required(risksByTitle, "Schema change takes a table lock under peak load", "risk"), "0.7", "0.6");
        mitigation(em, schemaTool, required(risksByTitle, "Staging has no production-like load", "risk"), "0.2", "0.0");

        decide(comparisonTool, InvestmentDecision.REJECTED, "2026-09-15T10:00:00Z", "Budget is tight this quarter; the team will spot-check by hand.");
        decide(snapshots, InvestmentDecision.APPROVED, "2026-10-20T10:00:00Z", "One lost day of data costs more than a year of snapshots.");
        return Map.of(comparisonTool.name, comparisonTool, snapshots.name, snapshots, schemaTool.name, schemaTool);
    }

    private static Investment investment(EntityManager em, Project project, String name, InvestmentKind kind, String vendor,
            String oneTimeCost, String annualCost, String description) {
        Investment investment = Investment.propose(project.id, name, kind, new BigDecimal(oneTimeCost), new BigDecimal(annualCost), "maria");
        investment.description = description;
        investment.vendor = vendor;
        em.persist(investment);
        return investment;
    }

    /** The sponsor's decision, dated as the stories have it (before the incidents that followed). */
    private static void decide(Investment investment, InvestmentDecision decision, String decidedAt, String rationale) {
        investment.decide(decision, rationale, "sam", OffsetDateTime.parse(decidedAt));
    }

    private static void mitigation(EntityManager em, Investment investment, Risk risk, String probabilityReduction, String lossReduction) {
        Mitigation mitigation = new Mitigation();
        mitigation.id = UUID.randomUUID();
        mitigation.projectId = investment.projectId;
        mitigation.investmentId = investment.id;
        mitigation.riskId = risk.id;
        mitigation.probabilityReduction = new BigDecimal(probabilityReduction);
        mitigation.lossReduction = new BigDecimal(lossReduction);
        em.persist(mitigation);
    }

    private static <T> T required(Map<String, T> byName, String name, String what) {
        T found = byName.get(name);
        if (found == null) {
            throw new IllegalStateException("The demo data has no " + what + " \"" + name + "\"; the investments refer to it.");
        }
        return found;
    }
}
