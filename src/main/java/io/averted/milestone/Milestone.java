package io.averted.milestone;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.averted.shared.Rejected;
import io.averted.shared.UserError;
import io.averted.shared.UserErrorCode;
import io.averted.shared.Versioned;

/**
 * A milestone of a project. It is planned (PLANNED), its status set by hand except DONE, which only {@link #complete}
 * reaches, and only when none of its blocking gates is in the way.
 */
@Entity
@Table(name = "milestone")
public class Milestone extends Versioned {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public MilestoneKind kind;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MilestoneStatus status;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    /** A new milestone of the project, PLANNED. */
    public static Milestone plan(UUID projectId, String name, MilestoneKind kind, LocalDate dueDate) {
        Milestone milestone = new Milestone();
        milestone.id = UUID.randomUUID();
        milestone.projectId = projectId;
        milestone.name = name;
        milestone.kind = kind;
        milestone.dueDate = dueDate;
        milestone.status = MilestoneStatus.PLANNED;
        return milestone;
    }

    public MilestoneStatus status() {
        return status;
    }

    public OffsetDateTime completedAt() {
        return completedAt;
    }

    public String completedBy() {
        return completedBy;
    }

    static List<UserError> statusProblems(MilestoneStatus status) {
        return status.settableByHand() ? List.of()
                : List.of(UserError.of(UserErrorCode.INVALID, "status", "a milestone becomes DONE only through milestoneComplete"));
    }

    /** A manager sets any status but DONE; a completed milestone so reopened is no longer completed by anyone. */
    public void setStatus(MilestoneStatus status) {
        Rejected.ifAny(statusProblems(status));
        this.status = status;
        completedAt = null;
        completedBy = null;
    }

    /** Why the milestone cannot complete with these gates: already done, or one GATES_NOT_PASSED per blocking gate in the way. */
    List<UserError> completionProblems(Collection<QualityGate> gates) {
        if (status == MilestoneStatus.DONE) {
            return List.of(UserError.of(UserErrorCode.INVALID, "id", "the milestone is already done"));
        }
        return gates.stream().filter(g -> g.milestoneId.equals(id) && g.blocksCompletion())
                .map(g -> UserError.of(UserErrorCode.GATES_NOT_PASSED, "id",
                        "Blocking gate \"" + g.name + "\" is " + g.status() + "; it must be PASSED or WAIVED first."))
                .toList();
    }

    /** Completes the milestone; {@code gates} are all of its gates, read under lock by the caller. */
    public void complete(Collection<QualityGate> gates, String by, OffsetDateTime at) {
        Rejected.ifAny(completionProblems(gates));
        status = MilestoneStatus.DONE;
        completedAt = at;
        completedBy = by;
    }

    /** A gate cannot slip onto a milestone that is done. */
    List<UserError> newGateProblems() {
        return status == MilestoneStatus.DONE
                ? List.of(UserError.of(UserErrorCode.INVALID, "milestoneId", "the milestone is already done; reopen it first"))
                : List.of();
    }
}
