package io.averted.incident;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.averted.shared.Versioned;

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
    public ActionItemStatus status;

    /** Proposed (false) until the owner's team commits to it. */
    @Column(nullable = false)
    public boolean committed;

    @Column(name = "drop_reason")
    public String dropReason;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "completed_by")
    public String completedBy;

    @Column(name = "target_risk_id")
    public UUID targetRiskId;

    @Column(name = "became_risk_id")
    public UUID becameRiskId;

    @Column(name = "became_gate_id")
    public UUID becameGateId;

    @Column(name = "became_investment_id")
    public UUID becameInvestmentId;

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
