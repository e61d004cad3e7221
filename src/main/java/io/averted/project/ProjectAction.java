package io.averted.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a member may do in a project, by project role (PRODUCT.md section 2). Admins may do everything
 * everywhere except the members-only actions: the sponsor's decisions and recording gate evidence.
 */
public enum ProjectAction {
    READ(EnumSet.allOf(ProjectRole.class), "reading it"),
    EDIT_PROJECT(EnumSet.of(ProjectRole.MANAGER), "changing the project"),
    /** Contributors and viewers; who may name the sponsor or a manager is {@link #APPOINT_LEADS}. */
    MANAGE_MEMBERS(EnumSet.of(ProjectRole.MANAGER), "managing its contributors and viewers"),
    /** Naming or changing the project's sponsor and managers: admins only (no project role grants it). */
    APPOINT_LEADS(EnumSet.noneOf(ProjectRole.class), "naming its sponsor or managers"),
    EDIT_REGISTER(EnumSet.of(ProjectRole.MANAGER), "editing the risk register"),
    PLAN_MILESTONES(EnumSet.of(ProjectRole.MANAGER), "planning milestones and their gates"),
    /**
     * Gate results are evidence, recorded by contributors and pipeline service accounts, not by the manager who
     * wants the milestone done, nor by an admin (separation of duties).
     */
    RECORD_EVIDENCE(EnumSet.of(ProjectRole.CONTRIBUTOR), "recording gate results", Scope.MEMBERS_ONLY),
    REPORT_INCIDENT(EnumSet.of(ProjectRole.MANAGER, ProjectRole.CONTRIBUTOR), "reporting incidents and their losses"),
    ADD_TIMELINE_ENTRY(EnumSet.of(ProjectRole.MANAGER, ProjectRole.CONTRIBUTOR), "adding timeline entries"),
    /** Contributors complete the action items they own; the service checks the ownership. */
    COMPLETE_OWN_ACTION_ITEM(EnumSet.of(ProjectRole.MANAGER, ProjectRole.CONTRIBUTOR), "completing action items"),
    WRITE_POSTMORTEM(EnumSet.of(ProjectRole.MANAGER), "writing post-mortems and keeping their action items"),
    PROPOSE_INVESTMENT(EnumSet.of(ProjectRole.MANAGER), "proposing investments"),
    OPERATE_INVESTMENT(EnumSet.of(ProjectRole.MANAGER, ProjectRole.SPONSOR), "activating or retiring investments"),
    /** Sponsor only: nobody else, not even an admin, waives a gate. */
    WAIVE_GATE(EnumSet.of(ProjectRole.SPONSOR), "waiving gates", Scope.MEMBERS_ONLY),
    /** Sponsor only: removing a blocking gate that has not passed lets it go, which is the sponsor's call. */
    LET_GATE_GO(EnumSet.of(ProjectRole.SPONSOR), "removing a blocking gate that has not passed", Scope.MEMBERS_ONLY),
    /** Sponsor only: nobody else, not even an admin, approves or rejects an investment. */
    DECIDE_INVESTMENT(EnumSet.of(ProjectRole.SPONSOR), "deciding on investments", Scope.MEMBERS_ONLY);

    /** Whether an admin's blanket rights cover the action, or only the members with the right project role take it. */
    enum Scope {
        ADMINS_TOO, MEMBERS_ONLY
    }

    private final Set<ProjectRole> roles;
    private final String description;
    private final Scope scope;

    ProjectAction(Set<ProjectRole> roles, String description) {
        this(roles, description, Scope.ADMINS_TOO);
    }

    ProjectAction(Set<ProjectRole> roles, String description, Scope scope) {
        this.roles = roles;
        this.description = description;
        this.scope = scope;
    }

    public boolean allowedFor(ProjectRole role) {
        return roles.contains(role);
    }

    /** Whether an admin's blanket rights stop short of this action (the sponsor's decisions, gate evidence). */
    public boolean membersOnly() {
        return scope == Scope.MEMBERS_ONLY;
    }

    public String description() {
        return description;
    }
}
