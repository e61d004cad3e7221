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

import org.hibernate.annotations.CreationTimestamp;

/** One typed loss of an incident. LABOR keeps the rate it was costed at, so later rate changes rewrite nothing. */
@Entity
@Table(name = "loss_item")
public class LossItem {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LossType type;

    @Column(nullable = false, precision = 19, scale = 2)
    public BigDecimal amount;

    @Column(precision = 10, scale = 2)
    public BigDecimal hours;

    @Column(name = "hourly_rate", precision = 19, scale = 2)
    public BigDecimal hourlyRate;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
