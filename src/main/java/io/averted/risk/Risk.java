package io.averted.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import io.averted.shared.Inputs;
import io.averted.shared.Rejected;
import io.averted.shared.UserError;
import io.averted.shared.UserErrorCode;
import io.averted.shared.Versioned;

/**
 * A risk of the register. Its status moves only through the methods below: a person sets IDENTIFIED, MITIGATING or
 * ACCEPTED; {@link #close} ends it with a reason; {@link #materialize} records that an incident made it happen.
 */
@Entity
@Table(name = "risk")
public class Risk extends Versioned {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskCategory category;

    @Column(name = "milestone_id")
    public UUID milestoneId;

    @Column(name = "owner_username")
    public String ownerUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskResponse response;

    @Column(nullable = false)
    public short likelihood;

    @Column(nullable = false)
    public short impact;

    @Column(nullable = false, precision = 7, scale = 6)
    public BigDecimal probability;

    @Column(name = "loss_low", nullable = false, precision = 19, scale = 2)
    public BigDecimal lossLow;

    @Column(name = "loss_high", nullable = false, precision = 19, scale = 2)
    public BigDecimal lossHigh;

    @Column(name = "next_review_on")
    public LocalDate nextReviewOn;

    @Column(name = "closed_reason")
    private String closedReason;

    /** likelihood x impact, kept by the database. */
    @Generated(event = { EventType.INSERT, EventType.UPDATE })
    @Column(insertable = false, updatable = false)
    public short score;

    /** probability x lossMean exactly, computed by the database in NUMERIC (migration V10). */
    @Generated(event = { EventType.INSERT, EventType.UPDATE })
    @Column(name = "expected_loss", insertable = false, updatable = false, precision = 31, scale = 12)
    public BigDecimal expectedLoss;

    /** Mean loss of one occurrence (lognormal mean of the 90% range), computed by the database in NUMERIC. */
    @Generated(event = { EventType.INSERT, EventType.UPDATE })
    @Column(name = "loss_mean", insertable = false, updatable = false, precision = 25, scale = 6)
    public BigDecimal lossMean;

    /** A new risk of the project in {@code status} (IDENTIFIED when null); a new risk cannot start closed or materialized. */
    public static Risk identify(UUID projectId, RiskStatus status) {
        Rejected.ifAny(newStatusProblems(status));
        Risk risk = new Risk();
        risk.id = UUID.randomUUID();
        risk.projectId = projectId;
        risk.status = status == null ? RiskStatus.IDENTIFIED : status;
        return risk;
    }

    static List<UserError> newStatusProblems(RiskStatus status) {
        return status == null || status.settableByHand() ? List.of()
                : List.of(UserError.of(UserErrorCode.INVALID, "status", "a new risk is IDENTIFIED, MITIGATING or ACCEPTED"));
    }

    /** The 90% loss range of one occurrence must not be upside down. */
    static List<UserError> lossRangeProblems(BigDecimal low, BigDecimal high) {
        return low != null && high != null && high.compareTo(low) < 0
                ? List.of(UserError.of(UserErrorCode.INVALID, "lossHigh", "lossHigh must be at least lossLow (" + low.toPlainString() + ")"))
                : List.of();
    }

    public RiskStatus status() {
        return status;
    }

    public String closedReason() {
        return closedReason;
    }

    static List<UserError> statusProblems(RiskStatus status) {
        return status.settableByHand() ? List.of() : List.of(UserError.of(UserErrorCode.INVALID, "status",
                "status may be set to IDENTIFIED, MITIGATING or ACCEPTED; close a risk with riskClose"));
    }

    /** A person sets the status by hand; a closed or materialized risk so reopened loses its closing reason. */
    public void setStatus(RiskStatus status) {
        Rejected.ifAny(statusProblems(status));
        this.status = status;
        this.closedReason = null;
    }

    List<UserError> closeProblems() {
        return status == RiskStatus.CLOSED ? List.of(UserError.of(UserErrorCode.INVALID, "id", "the risk is already closed")) : List.of();
    }

    /** Ends the risk, saying why (or not). */
    public void close(String reason) {
        Rejected.ifAny(closeProblems());
        status = RiskStatus.CLOSED;
        closedReason = Inputs.blankToNull(reason);
    }

    /** An incident made it happen, whatever its status was. */
    public void materialize() {
        status = RiskStatus.MATERIALIZED;
        closedReason = null;
    }
}
