package io.averted.project;

import java.util.EnumSet;
import java.util.Set;

/** What a member may do in a project, by project role. Admins may do everything everywhere. */
public enum ProjectAction {
    READ(EnumSet.allOf(ProjectRole.class)),
    EDIT_PROJECT(EnumSet.of(ProjectRole.MANAGER)),
    MANAGE_MEMBERS(EnumSet.of(ProjectRole.MANAGER)),
    EDIT_REGISTER(EnumSet.of(ProjectRole.MANAGER));

    private final Set<ProjectRole> roles;

    ProjectAction(Set<ProjectRole> roles) {
        this.roles = roles;
    }

    public boolean allowedFor(ProjectRole role) {
        return roles.contains(role);
    }
}
