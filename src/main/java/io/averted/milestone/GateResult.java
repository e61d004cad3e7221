package io.averted.milestone;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

/** One recorded result of a gate, with its evidence. Never changed once written (a trigger refuses it). */
@Entity
@Table(name = "gate_result")
public class GateResult {

    @Id
    public UUID id;

    /** Order of recording: the gate's status is the outcome of its highest seq. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "gate_id", nullable = false)
    public UUID gateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GateOutcome outcome;

    public String note;

    public String link;

    /** Hours spent checking (appraisal cost). */
    @Column(name = "effort_hours", precision = 10, scale = 2)
    public java.math.BigDecimal effortHours;

    /** Hours of rework a failed result caused (internal failure cost). */
    @Column(name = "rework_hours", precision = 10, scale = 2)
    public java.math.BigDecimal reworkHours;

    /** Cost of an hour, kept with the result so later rate changes rewrite nothing. */
    @Column(name = "hourly_rate", precision = 19, scale = 2)
    public java.math.BigDecimal hourlyRate;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Generated
    @Column(name = "recorded_at", insertable = false, updatable = false)
    public OffsetDateTime recordedAt;
}
