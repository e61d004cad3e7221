package io.averted.milestone;

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
@Table(name = "quality_gate")
public class QualityGate extends Versioned {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(name = "milestone_id", nullable = false, updatable = false)
    public UUID milestoneId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GateKind kind;

    public String criteria;

    @Column(nullable = false)
    public boolean blocking;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GateStatus status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "waiver_reason")
    public String waiverReason;

    @Column(name = "automated_by_investment_id")
    public UUID automatedByInvestmentId;

    @Column(name = "removed_at")
    public OffsetDateTime removedAt;

    @Column(name = "removed_by")
    public String removedBy;

    @Column(name = "removal_reason")
    public String removalReason;

    public boolean removed() {
        return removedAt != null;
    }

    /** A blocking gate that is neither passed nor waived keeps its milestone from completing. */
    /** A blocking gate that has not PASSED or been WAIVED: it holds its milestone, and only the sponsor may let it go. */
    public boolean blocksCompletion() {
        return blocking && !removed() && status != GateStatus.PASSED && status != GateStatus.WAIVED;
    }
}
