package io.averted.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.averted.shared.UserError;
import io.averted.shared.UserErrorCode;

/**
 * The members of the projects a request touches, loaded once per request in one query for all the
 * projects asked about together, so access checks and member fields never run SQL per row.
 */
@RequestScoped
public class Memberships {

    @Inject
    ProjectMemberRepository repository;

    private final Map<UUID, List<ProjectMember>> byProject = new HashMap<>();

    public Map<UUID, List<ProjectMember>> of(Collection<UUID> projectIds) {
        Set<UUID> missing = projectIds.stream().filter(id -> !byProject.containsKey(id)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            missing.forEach(id -> byProject.put(id, new ArrayList<>()));
            repository.ofProjects(missing).forEach(m -> byProject.get(m.projectId).add(m));
        }
        Map<UUID, List<ProjectMember>> result = new HashMap<>();
        projectIds.forEach(id -> result.put(id, byProject.get(id)));
        return result;
    }

    public List<ProjectMember> of(UUID projectId) {
        return of(List.of(projectId)).get(projectId);
    }

    /** Adds an INVALID error on {@code owner} when a named owner is not a member of the project: owners are members. */
    public void checkOwner(Project project, String owner, List<UserError> errors) {
        if (owner != null && !owner.isBlank() && of(project.id).stream().noneMatch(m -> m.username.equals(owner.strip()))) {
            errors.add(UserError.of(UserErrorCode.INVALID, "owner", owner + " is not a member of project " + project.key));
        }
    }

    /** Forget a project's cached members after a change to them in this request. */
    void invalidate(UUID projectId) {
        byProject.remove(projectId);
    }
}
