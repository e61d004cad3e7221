package io.averted.milestone;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    /** All milestones of the projects, by due date: one statement for any number of projects. */
    public List<Milestone> ofProjects(Collection<UUID> projectIds) {
        return list("projectId in ?1 order by dueDate, id", projectIds);
    }
}
