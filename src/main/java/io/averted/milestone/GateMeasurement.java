package io.averted.milestone;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


/** A measured value backing a gate result, e.g. "source rows 2,500,000". */
@Entity
@Table(name = "gate_measurement")
public class GateMeasurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "result_id", nullable = false)
    public UUID resultId;

    @Column(nullable = false)
    public short position;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, precision = 30, scale = 6)
    public BigDecimal value;

    public String unit;
}
