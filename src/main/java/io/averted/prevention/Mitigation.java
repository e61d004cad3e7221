package io.averted.prevention;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.averted.shared.Versioned;

/** An investment's claim on one risk of its project: by how much it cuts the chance and the loss. */
@Entity
@Table(name = "mitigation")
public class Mitigation extends Versioned {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(name = "investment_id", nullable = false, updatable = false)
    public UUID investmentId;

    @Column(name = "risk_id", nullable = false, updatable = false)
    public UUID riskId;

    @Column(name = "probability_reduction", nullable = false, precision = 7, scale = 6)
    public BigDecimal probabilityReduction;

    @Column(name = "loss_reduction", nullable = false, precision = 7, scale = 6)
    public BigDecimal lossReduction;
}
