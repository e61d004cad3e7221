package io.averted.milestone;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.averted.shared.Rejected;
import io.averted.shared.UserError;
import io.averted.shared.UserErrorCode;

/** The milestone's and its gates' transitions, as every caller (services, demo data, fixtures) meets them. */
class MilestoneRulesTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T10:00:00Z");

    final Milestone milestone = Milestone.plan(UUID.randomUUID(), "Go-live", MilestoneKind.RELEASE, LocalDate.parse("2026-12-01"));

    QualityGate gate(String name, boolean blocking) {
        return QualityGate.pending(milestone, name, GateKind.CUSTOM, null, blocking);
    }

    @Test
    void a_failing_blocking_gate_keeps_the_milestone_from_completing_and_is_named() {
        QualityGate failing = gate("Reconciliation", true);
        failing.record(GateOutcome.FAILED, "cole", AT);

        Rejected rejected = assertThrows(Rejected.class, () -> milestone.complete(List.of(failing, gate("Review", false)), "maria", AT));

        assertThat(rejected.errors().stream().map(UserError::code).toList(), contains(UserErrorCode.GATES_NOT_PASSED));
        assertThat(rejected.errors().get(0).message(), containsString("\"Reconciliation\" is FAILED"));
        assertThat(milestone.status(), equalTo(MilestoneStatus.PLANNED));
    }

    @Test
    void passed_waived_removed_and_non_blocking_gates_let_it_complete() {
        QualityGate passed = gate("Backup", true);
        passed.record(GateOutcome.PASSED, "cole", AT);
        QualityGate waived = gate("Rollback", true);
        waived.waive("Rehearsed last release", "sam", AT);
        QualityGate removed = gate("Obsolete", true);
        removed.remove("replaced", "maria", AT);

        milestone.complete(List.of(passed, waived, removed, gate("Review", false)), "maria", AT);

        assertThat(milestone.status(), equalTo(MilestoneStatus.DONE));
        assertThat(milestone.completedBy(), equalTo("maria"));
        assertThat(milestone.completedAt(), equalTo(AT));
    }

    @Test
    void done_is_reached_only_by_completing_and_only_once() {
        assertThrows(Rejected.class, () -> milestone.setStatus(MilestoneStatus.DONE));
        milestone.complete(List.of(), "maria", AT);

        Rejected again = assertThrows(Rejected.class, () -> milestone.complete(List.of(), "maria", AT));
        assertThat(again.errors().get(0).message(), containsString("already done"));
    }

    @Test
    void reopening_a_done_milestone_forgets_who_completed_it() {
        milestone.complete(List.of(), "maria", AT);

        milestone.setStatus(MilestoneStatus.IN_PROGRESS);

        assertThat(milestone.completedAt(), nullValue());
        assertThat(milestone.completedBy(), nullValue());
        assertThat(milestone.newGateProblems(), empty());
    }

    @Test
    void a_done_milestone_takes_no_new_gate() {
        milestone.complete(List.of(), "maria", AT);

        assertThat(milestone.newGateProblems().get(0).field(), equalTo("milestoneId"));
    }

    @Test
    void a_waiver_needs_a_reason_and_a_gate_not_yet_passed() {
        QualityGate gate = gate("Reconciliation", true);
        assertThrows(Rejected.class, () -> gate.waive("  ", "sam", AT));

        gate.record(GateOutcome.PASSED, "cole", AT);
        Rejected rejected = assertThrows(Rejected.class, () -> gate.waive("because", "sam", AT));

        assertThat(rejected.errors().get(0).message(), containsString("already PASSED"));
    }

    @Test
    void a_result_after_a_waiver_decides_the_gate_and_clears_the_waiver() {
        QualityGate gate = gate("Reconciliation", true);
        gate.waive("Out of scope this release", "sam", AT);

        gate.record(GateOutcome.FAILED, "cole", AT.plusHours(1));

        assertThat(gate.status(), equalTo(GateStatus.FAILED));
        assertThat(gate.waiverReason(), nullValue());
        assertThat(gate.decidedBy(), equalTo("cole"));
    }

    @Test
    void a_removed_gate_takes_no_result_and_is_removed_once() {
        QualityGate gate = gate("Reconciliation", true);
        gate.remove("duplicate", "maria", AT);

        assertThrows(Rejected.class, () -> gate.record(GateOutcome.PASSED, "cole", AT));
        assertThrows(Rejected.class, () -> gate.remove("again", "maria", AT));
        assertThat(gate.status(), equalTo(GateStatus.PENDING));
    }
}
