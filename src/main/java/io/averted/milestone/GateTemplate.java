package io.averted.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A gate a new milestone of a kind starts with: lessons learned, kept as data (migration V5). */
@Entity
@Immutable
@Table(name = "gate_template")
public class GateTemplate {

    @Id
    public Integer id;

    @Enumerated(EnumType.STRING)
    @Column(name = "milestone_kind", nullable = false)
    public MilestoneKind milestoneKind;

    @Column(nullable = false)
    public short position;

    @Enumerated(EnumType.STRING)
    @Column(name = "gate_kind", nullable = false)
    public GateKind gateKind;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String criteria;

    @Column(nullable = false)
    public boolean blocking;
}
