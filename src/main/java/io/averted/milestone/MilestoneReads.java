package io.averted.milestone;

import jakarta.enterprise.context.ApplicationScoped;

import io.averted.shared.graphql.ReadModel;
import io.averted.shared.graphql.ReadOrders;
import io.averted.shared.graphql.ReadSchema;

/** Milestones on the SQL read path: as {@link MilestoneView} and {@link MilestoneGraphQL} answer them. */
@ApplicationScoped
public class MilestoneReads implements ReadModel {

    @Override
    public void describe(ReadSchema schema) {
        schema.type("Milestone").table("milestone", "project_id")
                .columns("id", "name", "description", "kind", "dueDate", "status", "completedBy", "version")
                .one("project", "Project", "project_id");
        schema.type("Project").connection("milestones", "Milestone", "project_id", ReadOrders.only(MilestoneRepository.BY_DUE_DATE));
    }
}
