package io.averted.incident;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.averted.shared.Inputs;
import io.averted.shared.Rejected;
import io.averted.shared.UserError;
import io.averted.shared.UserErrorCode;
import io.averted.shared.Versioned;

/**
 * An action item of a post-mortem. It is OPEN until it is DONE (who and when kept) or DROPPED (with a reason);
 * it may become a risk, a gate or an investment proposal, and points at the risk it is about.
 */
@Entity
@Table(name = "action_item")
public class ActionItem extends Versioned {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(name = "incident_id", nullable = false, updatable = false)
    public UUID incidentId;

    @Column(nullable = false)
    public String title;

    @Column(name = "owner_username")
    public String ownerUsername;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionItemStatus status;

    /** Proposed (false) until the owner's team commits to it. */
    @Column(nullable = false)
    public boolean committed;

    @Column(name = "drop_reason")
    private String dropReason;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "target_risk_id")
    public UUID targetRiskId;

    @Column(name = "became_risk_id")
    private UUID becameRiskId;

    @Column(name = "became_gate_id")
    private UUID becameGateId;

    @Column(name = "became_investment_id")
    private UUID becameInvestmentId;

    /** A new OPEN action item of the incident. */
    public static ActionItem open(UUID projectId, UUID incidentId, String title) {
        ActionItem item = new ActionItem();
        item.id = UUID.randomUUID();
        item.projectId = projectId;
        item.incidentId = incidentId;
        item.title = title;
        item.status = ActionItemStatus.OPEN;
        return item;
    }

    public ActionItemStatus status() {
        return status;
    }

    public String dropReason() {
        return dropReason;
    }

    public OffsetDateTime completedAt() {
        return completedAt;
    }

    public String completedBy() {
        return completedBy;
    }

    public UUID becameRiskId() {
        return becameRiskId;
    }

    public UUID becameGateId() {
        return becameGateId;
    }

    public UUID becameInvestmentId() {
        return becameInvestmentId;
    }

    static List<UserError> statusProblems(ActionItemStatus next, String dropReason) {
        return next == ActionItemStatus.DROPPED && (dropReason == null || dropReason.isBlank())
                ? List.of(UserError.of(UserErrorCode.REQUIRED, "dropReason", "dropping an action item needs a reason"))
                : List.of();
    }

    /**
     * Moves the item to {@code next}: DONE records who completed it and when, DROPPED keeps the reason; moving
     * back to OPEN clears both. The same status again changes nothing.
     */
    public void changeStatus(ActionItemStatus next, String dropReason, String by, OffsetDateTime at) {
        Rejected.ifAny(statusProblems(next, dropReason));
        if (next == status) {
            return;
        }
        status = next;
        this.dropReason = next == ActionItemStatus.DROPPED ? Inputs.blankToNull(dropReason) : null;
        completedAt = next == ActionItemStatus.DONE ? at : null;
        completedBy = next == ActionItemStatus.DONE ? by : null;
    }

    /** Records what the item became (at most one of each kind is replaced); a new risk becomes its target if it had none. */
    public void became(UUID riskId, UUID gateId, UUID investmentId) {
        becameRiskId = riskId != null ? riskId : becameRiskId;
        becameGateId = gateId != null ? gateId : becameGateId;
        becameInvestmentId = investmentId != null ? investmentId : becameInvestmentId;
        if (targetRiskId == null && riskId != null) {
            targetRiskId = riskId;
        }
    }

    public boolean overdue(LocalDate today) {
        return status == ActionItemStatus.OPEN && dueDate != null && dueDate.isBefore(today);
    }

    /**
     * The recurrence rule: this item shows that the fix did not hold when it came from another incident, was DONE
     * before the incident {@code incidentId} occurred, and targeted or became a risk that incident materialized.
     */
    public boolean didNotPrevent(UUID incidentId, OffsetDateTime occurredAt, Set<UUID> materializedRiskIds) {
        return !this.incidentId.equals(incidentId)
                && status == ActionItemStatus.DONE && completedAt.isBefore(occurredAt)
                && Stream.of(targetRiskId, becameRiskId).anyMatch(id -> id != null && materializedRiskIds.contains(id));
    }
}
