package io.averted.prevention;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.averted.shared.Versioned;

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
    public InvestmentStatus status;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    public String proposedBy;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decision_rationale")
    public String decisionRationale;

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
