package io.averted.prevention;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.averted.shared.Rejected;
import io.averted.shared.UserError;
import io.averted.shared.UserErrorCode;
import io.averted.shared.Versioned;

/**
 * A preventive investment. It is proposed (PROPOSED), decided once by the sponsor (APPROVED or REJECTED, with a
 * rationale), then operated (ACTIVE from APPROVED, RETIRED from APPROVED or ACTIVE); changing what it mitigates
 * reopens it for a new decision.
 */
@Entity
@Table(name = "investment")
public class Investment extends Versioned {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvestmentKind kind;

    public String vendor;

    @Column(name = "one_time_cost", nullable = false, precision = 19, scale = 2)
    public BigDecimal oneTimeCost;

    @Column(name = "annual_cost", nullable = false, precision = 19, scale = 2)
    public BigDecimal annualCost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvestmentStatus status;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    public String proposedBy;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_rationale")
    private String decisionRationale;

    /** A new PROPOSED investment of the project, proposed by {@code by}. */
    public static Investment propose(UUID projectId, String name, InvestmentKind kind, BigDecimal oneTimeCost, BigDecimal annualCost,
            String by) {
        Investment investment = new Investment();
        investment.id = UUID.randomUUID();
        investment.projectId = projectId;
        investment.name = name;
        investment.kind = kind;
        investment.oneTimeCost = oneTimeCost;
        investment.annualCost = annualCost;
        investment.status = InvestmentStatus.PROPOSED;
        investment.proposedBy = by;
        return investment;
    }

    public InvestmentStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String decisionRationale() {
        return decisionRationale;
    }

    List<UserError> decisionProblems() {
        return status == InvestmentStatus.PROPOSED ? List.of() : List.of(UserError.of(UserErrorCode.INVALID, "decision",
                "the investment is already " + status + "; only a PROPOSED investment is decided"));
    }

    /** The sponsor's decision on a PROPOSED investment, with the rationale. */
    public void decide(InvestmentDecision decision, String rationale, String by, OffsetDateTime at) {
        Rejected.ifAny(decisionProblems());
        status = decision.status();
        decisionRationale = rationale.strip();
        decidedBy = by;
        decidedAt = at;
    }

    List<UserError> operatingProblems(InvestmentOperatingStatus next) {
        return next.allowedFrom(status) ? List.of() : List.of(UserError.of(UserErrorCode.INVALID, "status", "an investment that is "
                + status + " cannot become " + next + " (ACTIVE from APPROVED; RETIRED from APPROVED or ACTIVE)"));
    }

    /** Puts an approved investment into operation, or retires it. */
    public void operate(InvestmentOperatingStatus next) {
        Rejected.ifAny(operatingProblems(next));
        status = next.status();
    }

    /**
     * What was decided no longer describes what the investment does once its mitigations change: it goes back to
     * PROPOSED for a new decision. The old decision stays in the investment's history.
     */
    void reopenForDecision() {
        if (status != InvestmentStatus.PROPOSED) {
            status = InvestmentStatus.PROPOSED;
            decidedBy = null;
            decidedAt = null;
            decisionRationale = null;
        }
    }
}
