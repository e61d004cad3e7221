package io.averted.incident;

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
@Table(name = "postmortem")
public class Postmortem extends Versioned {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(name = "incident_id", nullable = false, updatable = false)
    public UUID incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostmortemStatus status;

    public String summary;

    public String impact;

    @Column(name = "root_causes")
    public String rootCauses;

    @Column(name = "contributing_factors")
    public String contributingFactors;

    @Column(name = "what_went_well")
    public String whatWentWell;

    @Column(name = "where_we_got_lucky")
    public String whereWeGotLucky;

    @Column(name = "no_action_reason")
    public String noActionReason;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "published_by")
    public String publishedBy;
}
