package io.averted.incident;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;

/** A risk an incident materialized. */
@Entity
@Table(name = "incident_risk")
public class IncidentRisk {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Column(name = "risk_id", nullable = false)
    public UUID riskId;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
