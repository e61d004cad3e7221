package io.averted.incident;

import jakarta.enterprise.context.ApplicationScoped;

import io.averted.shared.graphql.ReadModel;
import io.averted.shared.graphql.ReadOrders;
import io.averted.shared.graphql.ReadSchema;

/** Incidents on the SQL read path: as {@link IncidentView} and {@link IncidentGraphQL} answer them. */
@ApplicationScoped
public class IncidentReads implements ReadModel {

    @Override
    public void describe(ReadSchema schema) {
        schema.type("Incident").table("incident", "project_id")
                .columns("id", "title", "description", "severity", "dataLostMinutes", "dataLostRecords", "nearMiss", "reportedBy", "version")
                .money("lossAvoidedByLuck", "loss_avoided_by_luck")
                .one("project", "Project", "project_id")
                .one("milestone", "Milestone", "milestone_id");
        // IncidentGraphQL.riskIncidents: newest first
        schema.type("Risk").many("incidents", "Incident",
                "incident {c} join incident_risk l on l.incident_id = {c}.id where l.risk_id = {t}.id", "{c}.occurred_at desc, {c}.id desc");
        schema.type("Project").connection("incidents", "Incident", "project_id", ReadOrders.only(IncidentRepository.BY_OCCURRENCE));
    }
}
