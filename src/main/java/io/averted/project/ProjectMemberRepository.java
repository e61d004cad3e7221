package io.averted.project;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProjectMemberRepository implements PanacheRepositoryBase<ProjectMember, UUID> {

    public List<ProjectMember> ofProjects(Collection<UUID> projectIds) {
        return list("projectId in ?1 order by createdAt, username", projectIds);
    }

    public Optional<ProjectMember> find(UUID projectId, String username) {
        return find("projectId = ?1 and username = ?2", projectId, username).firstResultOptional();
    }
}
