package io.averted.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a member may do in a project, by project role (PRODUCT.md section 2). Admins may do everything
 * everywhere except the sponsor's decisions, which only a sponsor of the project may take.
 */
public enum ProjectAction {
    READ(EnumSet.allOf(ProjectRole.class), "reading it"),
    EDIT_PROJECT(EnumSet.of(ProjectRole.MANAGER), "changing the project"),
    MANAGE_MEMBERS(EnumSet.of(ProjectRole.MANAGER), "managing its members"),
    EDIT_REGISTER(EnumSet.of(ProjectRole.MANAGER), "editing the risk register"),
    PLAN_MILESTONES(EnumSet.of(ProjectRole.MANAGER), "planning milestones and their gates"),
    RECORD_EVIDENCE(EnumSet.of(ProjectRole.MANAGER, ProjectRole.CONTRIBUTOR), "recording gate results"),
    REPORT_INCIDENT(EnumSet.of(ProjectRole.MANAGER, ProjectRole.CONTRIBUTOR), "reporting incidents and their losses"),
    WRITE_POSTMORTEM(EnumSet.of(ProjectRole.MANAGER, ProjectRole.CONTRIBUTOR), "writing post-mortems and action items"),
    PROPOSE_INVESTMENT(EnumSet.of(ProjectRole.MANAGER), "proposing investments"),
    OPERATE_INVESTMENT(EnumSet.of(ProjectRole.MANAGER, ProjectRole.SPONSOR), "activating or retiring investments"),
    /** Sponsor only: nobody else, not even an admin, waives a gate. */
    WAIVE_GATE(EnumSet.of(ProjectRole.SPONSOR), "waiving gates", true),
    /** Sponsor only: nobody else, not even an admin, approves or rejects an investment. */
    DECIDE_INVESTMENT(EnumSet.of(ProjectRole.SPONSOR), "deciding on investments", true);

    private final Set<ProjectRole> roles;
    private final String description;
    private final boolean sponsorDecision;

    ProjectAction(Set<ProjectRole> roles, String description) {
        this(roles, description, false);
    }

    ProjectAction(Set<ProjectRole> roles, String description, boolean sponsorDecision) {
        this.roles = roles;
        this.description = description;
        this.sponsorDecision = sponsorDecision;
    }

    public boolean allowedFor(ProjectRole role) {
        return roles.contains(role);
    }

    /** Whether an admin's blanket rights stop short of this action. */
    public boolean sponsorDecision() {
        return sponsorDecision;
    }

    public String description() {
        return description;
    }
}
