package io.averted.incident;

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
@Table(name = "incident")
public class Incident extends Versioned {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(name = "milestone_id")
    public UUID milestoneId;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "detected_at", nullable = false)
    public OffsetDateTime detectedAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "data_lost_minutes")
    public Integer dataLostMinutes;

    @Column(name = "data_lost_records")
    public Long dataLostRecords;

    @Column(name = "near_miss", nullable = false)
    public boolean nearMiss;

    @Column(name = "loss_avoided_by_luck", precision = 19, scale = 2)
    public BigDecimal lossAvoidedByLuck;

    @Column(name = "reported_by", nullable = false, updatable = false)
    public String reportedBy;
}
