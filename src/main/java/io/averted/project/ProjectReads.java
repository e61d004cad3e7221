package io.averted.project;

import jakarta.enterprise.context.ApplicationScoped;

import io.averted.shared.graphql.ReadModel;
import io.averted.shared.graphql.ReadOrders;
import io.averted.shared.graphql.ReadSchema;

/** Projects on the SQL read path: as {@link ProjectView} and {@link ProjectGraphQL} answer them. */
@ApplicationScoped
public class ProjectReads implements ReadModel {

    @Override
    public void describe(ReadSchema schema) {
        schema.type("Project").table("project", "id")
                .columns("id", "key", "name", "description", "currency", "status", "startDate", "targetDate", "version");
        schema.rootById("project", "Project")
                .rootConnection("projects", "Project", ReadOrders.only(ProjectRepository.BY_KEY));
    }
}
