package io.averted.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import io.averted.shared.Versioned;

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
    public RiskStatus status;

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
    public String closedReason;

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
}
