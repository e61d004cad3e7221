package io.averted.project;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.averted.shared.AccessDeniedException;
import io.averted.shared.Change;
import io.averted.shared.InputValidator;
import io.averted.shared.PageRequest;
import io.averted.shared.Rejected;
import io.averted.shared.Result;
import io.averted.shared.UserError;
import io.averted.shared.UserErrorCode;
import io.averted.shared.security.CurrentUser;
import io.averted.shared.security.GlobalRole;

@ApplicationScoped
public class ProjectService {

    @Inject
    CurrentUser user;

    @Inject
    ProjectAccess access;

    @Inject
    ProjectRepository projects;

    @Inject
    ProjectMemberRepository members;

    @Inject
    Memberships memberships;

    @Inject
    InputValidator validator;

    /** The projects the user can see, by key: all for admins, its memberships for everyone else (none without a role). */
    public List<Project> visible(PageRequest page) {
        if (user.roles().isEmpty()) {
            return List.of();
        }
        return projects.page(user.isAdmin() ? null : user.username(), user.subject(), page);
    }

    /** Ids of every project the user can see. */
    public List<UUID> visibleIds() {
        if (user.roles().isEmpty()) {
            return List.of();
        }
        return projects.visibleIds(user.isAdmin() ? null : user.username(), user.subject());
    }

    public long countVisible() {
        if (user.roles().isEmpty()) {
            return 0;
        }
        return projects.countVisible(user.isAdmin() ? null : user.username(), user.subject());
    }

    @Transactional
    public Result<Project> create(ProjectCreateInput input) {
        if (!user.isAdmin() && !user.has(GlobalRole.MANAGER)) {
            throw new AccessDeniedException("Only admins and managers create projects.");
        }
        List<UserError> errors = new ArrayList<>(validator.validate(input));
        if (input.currency() != null && input.currency().matches("[A-Z]{3}") && !isIsoCurrency(input.currency())) {
            errors.add(UserError.of(UserErrorCode.INVALID, "currency", "currency " + input.currency() + " is not an ISO 4217 code"));
        }
        checkDates(input.startDate(), input.targetDate(), errors);
        if (errors.isEmpty() && projects.keyTaken(input.key())) {
            errors.add(UserError.of(UserErrorCode.TAKEN, "key", "key " + input.key() + " is already used by another project"));
        }
        if (!errors.isEmpty()) {
            return Result.rejected(errors);
        }
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.key = input.key();
        project.name = input.name().strip();
        project.description = input.description();
        project.currency = input.currency();
        project.status = input.status() == null ? ProjectStatus.PLANNED : input.status();
        project.startDate = input.startDate();
        project.targetDate = input.targetDate();
        projects.persist(project);
        if (!user.isAdmin()) {
            addMember(project.id, user.username(), user.displayName(), ProjectRole.MANAGER).subject = user.subject();
        }
        projects.flush();
        return Result.ok(project);
    }

    @Transactional
    public Result<Project> update(ProjectUpdateInput input) {
        return Change.of(access.readable(input.id()), "id", "The project")
                .authorize(project -> access.require(project, ProjectAction.EDIT_PROJECT))
                .validate(validator.validate(input))
                .check(project -> {
                    List<UserError> errors = new ArrayList<>();
                    checkDates(input.startDate() != null ? input.startDate() : project.startDate,
                            input.targetDate() != null ? input.targetDate() : project.targetDate, errors);
                    return errors;
                })
                .version(project -> project, input.version())
                .apply(project -> {
                    if (input.name() != null) project.name = input.name().strip();
                    if (input.description() != null) project.description = input.description();
                    if (input.status() != null) project.status = input.status();
                    if (input.startDate() != null) project.startDate = input.startDate();
                    if (input.targetDate() != null) project.targetDate = input.targetDate();
                    projects.flush();
                    return project;
                });
    }

    /**
     * Adds a member or changes its role and name. Managers add and change contributors and viewers; only admins
     * name or change the sponsor and the managers. A project keeps one sponsor once named (naming a new one makes
     * the former sponsor a viewer, in the history) and never loses its last manager.
     */
    @Transactional
    public Result<ProjectMember> setMember(ProjectMemberSetInput input) {
        return Change.of(access.readable(input.projectId()), "projectId", "The project")
                .authorize(project -> access.require(project, ProjectAction.MANAGE_MEMBERS))
                .validate(validator.validate(input))
                .apply(project -> setMember(project, input));
    }

    private ProjectMember setMember(Project project, ProjectMemberSetInput input) {
        Optional<ProjectMember> existing = members.find(project.id, input.username());
        boolean touchesLeads = input.role().leads() || existing.map(m -> m.role.leads()).orElse(false);
        if (touchesLeads) {
            access.require(project, ProjectAction.APPOINT_LEADS);
        }
        List<ProjectMember> current = memberships.of(project.id);
        boolean isSponsor = existing.isPresent() && existing.get().role == ProjectRole.SPONSOR;
        if (isSponsor && input.role() != ProjectRole.SPONSOR) {
            throw new Rejected(List.of(UserError.of(UserErrorCode.INVALID, "role",
                    input.username() + " is the project's sponsor; name another sponsor instead, and " + input.username()
                            + " becomes a viewer")));
        }
        boolean demotesLastManager = existing.isPresent() && existing.get().role == ProjectRole.MANAGER
                && input.role() != ProjectRole.MANAGER
                && current.stream().filter(m -> m.role == ProjectRole.MANAGER).count() == 1;
        if (demotesLastManager) {
            throw new Rejected(List.of(UserError.of(UserErrorCode.INVALID, "role",
                    input.username() + " is the project's only manager; make someone else manager first")));
        }
        if (input.role() == ProjectRole.SPONSOR && !isSponsor) {
            // Exactly one sponsor: the former one steps down to viewer in the same transaction (flushed first,
            // so the one-sponsor index never sees two).
            current.stream().filter(m -> m.role == ProjectRole.SPONSOR).forEach(former -> former.role = ProjectRole.VIEWER);
            members.flush();
        }
        ProjectMember member;
        if (existing.isPresent()) {
            member = existing.get();
            member.role = input.role();
            if (input.displayName() != null && !input.displayName().isBlank()) {
                member.displayName = input.displayName().strip();
            }
        } else {
            String name = input.displayName() == null || input.displayName().isBlank() ? input.username() : input.displayName().strip();
            member = addMember(project.id, input.username(), name, input.role());
        }
        if (input.subject() != null && !input.subject().isBlank()) {
            member.subject = input.subject().strip();
        }
        members.flush();
        memberships.invalidate(project.id);
        return member;
    }

    private ProjectMember addMember(UUID projectId, String username, String displayName, ProjectRole role) {
        ProjectMember member = new ProjectMember();
        member.id = UUID.randomUUID();
        member.projectId = projectId;
        member.username = username;
        member.displayName = displayName;
        member.role = role;
        members.persist(member);
        return member;
    }

    private static void checkDates(java.time.LocalDate start, java.time.LocalDate target, List<UserError> errors) {
        if (start != null && target != null && target.isBefore(start)) {
            errors.add(UserError.of(UserErrorCode.INVALID, "targetDate", "targetDate must not be before startDate"));
        }
    }

    private static boolean isIsoCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

}
