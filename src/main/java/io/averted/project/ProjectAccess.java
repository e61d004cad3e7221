package io.averted.project;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.averted.shared.AccessDeniedException;
import io.averted.shared.security.CurrentUser;

/**
 * Who may see and change which project. Every feature asks here before it reads or writes.
 * <ul>
 * <li>Admins see and change every project.</li>
 * <li>Everyone else sees only projects they are a member of; for a non-member a project does not exist.</li>
 * <li>A token without any of Averted's roles sees nothing, whatever memberships name its user.</li>
 * <li>A membership that names the user's stable subject ({@code sub}) is only the user with that subject.</li>
 * <li>A member acts with its project role, and only while its token grants that role too.</li>
 * <li>The sponsor's decisions (waivers, investment decisions) are the sponsor's alone; gate evidence is the
 * contributors' (see {@link ProjectAction#membersOnly()}).</li>
 * </ul>
 */
@ApplicationScoped
public class ProjectAccess {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ProjectAccess.class);

    @Inject
    CurrentUser user;

    @Inject
    ProjectRepository projects;

    @Inject
    Memberships memberships;

    /** The project, if it exists and the user may read it. */
    public Optional<Project> readable(UUID projectId) {
        return Optional.ofNullable(readable(List.of(projectId)).get(projectId));
    }

    /** Those of the projects that exist and the user may read, in one query. */
    public Map<UUID, Project> readable(Collection<UUID> projectIds) {
        Map<UUID, Project> result = new LinkedHashMap<>();
        if (projectIds.isEmpty() || user.roles().isEmpty()) {
            return result;
        }
        // by id through the persistence context: the many fields of one request that check the same projects read
        // each row once, not once per field
        List<Project> found = projects.getEntityManager().unwrap(org.hibernate.Session.class).byMultipleIds(Project.class)
                .enableSessionCheck(true).multiLoad(List.copyOf(projectIds)).stream().filter(java.util.Objects::nonNull).toList();
        Map<UUID, List<ProjectMember>> members = user.isAdmin() ? Map.of()
                : memberships.of(found.stream().map(p -> p.id).toList());
        for (Project project : found) {
            if (user.isAdmin() || members.get(project.id).stream().anyMatch(this::isMe)) {
                result.put(project.id, project);
            }
        }
        return result;
    }

    /** The user's own role in a project it can read: its membership, or empty (admins who are not members). */
    public Optional<ProjectRole> roleIn(UUID projectId) {
        return memberships.of(projectId).stream()
                .filter(this::isMe)
                .map(m -> m.role)
                .findFirst();
    }

    public boolean may(Project project, ProjectAction action) {
        if (user.roles().isEmpty()) {
            return false;
        }
        if (user.isAdmin() && !action.membersOnly()) {
            return true;
        }
        return roleIn(project.id)
                .filter(role -> action == ProjectAction.READ || user.has(role.tokenRole()))
                .filter(action::allowedFor)
                .isPresent();
    }

    /** Whether a membership is the signed-in user's: same username, and same subject when the membership keeps one. */
    boolean isMe(ProjectMember member) {
        return member.username.equals(user.username())
                && (member.subject == null || member.subject.equals(user.subject()));
    }

    /** Refuses with a top-level FORBIDDEN error when the user's role does not allow the action. */
    public void require(Project project, ProjectAction action) {
        if (!may(project, action)) {
            LOG.infof("Refused %s to %s in project %s", action, user.username(), project.key);
            throw new AccessDeniedException("Your role in project " + project.key + " does not allow " + action.description() + ".");
        }
    }
}
