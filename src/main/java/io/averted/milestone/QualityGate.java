package io.averted.milestone;

import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * A quality gate of a milestone. It starts PENDING; a recorded result makes it PASSED or FAILED, the sponsor may
 * waive it with a reason; it is removed (kept on record) rather than deleted. A removed gate takes no more decisions.
 */
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
    private GateStatus status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "waiver_reason")
    private String waiverReason;

    @Column(name = "automated_by_investment_id")
    public UUID automatedByInvestmentId;

    @Column(name = "removed_at")
    private OffsetDateTime removedAt;

    @Column(name = "removed_by")
    private String removedBy;

    @Column(name = "removal_reason")
    private String removalReason;

    /** A new PENDING gate of the milestone. */
    public static QualityGate pending(Milestone milestone, String name, GateKind kind, String criteria, boolean blocking) {
        QualityGate gate = new QualityGate();
        gate.id = UUID.randomUUID();
        gate.projectId = milestone.projectId;
        gate.milestoneId = milestone.id;
        gate.name = name;
        gate.kind = kind;
        gate.criteria = criteria;
        gate.blocking = blocking;
        gate.status = GateStatus.PENDING;
        return gate;
    }

    public GateStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String waiverReason() {
        return waiverReason;
    }

    public OffsetDateTime removedAt() {
        return removedAt;
    }

    public String removedBy() {
        return removedBy;
    }

    public String removalReason() {
        return removalReason;
    }

    public boolean removed() {
        return removedAt != null;
    }

    /** A blocking gate that has not PASSED or been WAIVED: it holds its milestone, and only the sponsor may let it go. */
    public boolean blocksCompletion() {
        return blocking && !removed() && status != GateStatus.PASSED && status != GateStatus.WAIVED;
    }

    List<UserError> resultProblems(String field) {
        return removed() ? List.of(UserError.of(UserErrorCode.INVALID, field, "the gate was removed from its milestone")) : List.of();
    }

    /** A recorded result decides the gate: PASSED or FAILED as its outcome, whatever it was before (a waiver included). */
    public void record(GateOutcome outcome, String by, OffsetDateTime at) {
        Rejected.ifAny(resultProblems("gateId"));
        status = outcome == GateOutcome.PASSED ? GateStatus.PASSED : GateStatus.FAILED;
        decidedBy = by;
        decidedAt = at;
        waiverReason = null;
    }

    List<UserError> waiverProblems(String reason) {
        List<UserError> problems = new ArrayList<>();
        if (reason == null || reason.isBlank()) {
            problems.add(UserError.of(UserErrorCode.REQUIRED, "reason", "reason is required to waive a gate"));
        }
        if (removed()) {
            problems.addAll(resultProblems("id"));
        } else if (status == GateStatus.PASSED || status == GateStatus.WAIVED) {
            problems.add(UserError.of(UserErrorCode.INVALID, "id", "the gate is already " + status));
        }
        return problems;
    }

    /** The sponsor accepts the milestone without this gate passing, and says why. */
    public void waive(String reason, String by, OffsetDateTime at) {
        Rejected.ifAny(waiverProblems(reason));
        status = GateStatus.WAIVED;
        waiverReason = reason.strip();
        decidedBy = by;
        decidedAt = at;
    }

    List<UserError> removalProblems() {
        return removed() ? List.of(UserError.of(UserErrorCode.INVALID, "id", "the gate is already removed")) : List.of();
    }

    /** Takes the gate off its milestone, on record with who, when and why (who may is the caller's check). */
    public void remove(String reason, String by, OffsetDateTime at) {
        Rejected.ifAny(removalProblems());
        removedAt = at;
        removedBy = by;
        removalReason = reason.strip();
    }
}
