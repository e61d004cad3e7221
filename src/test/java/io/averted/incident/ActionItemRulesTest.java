package io.averted.incident;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.averted.shared.Rejected;

/** An action item's status: done by someone at a time, dropped for a reason, reopened clean. */
class ActionItemRulesTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T10:00:00Z");

    final ActionItem item = ActionItem.open(UUID.randomUUID(), UUID.randomUUID(), "Rehearse the rollback");

    @Test
    void dropping_needs_a_reason() {
        assertThrows(Rejected.class, () -> item.changeStatus(ActionItemStatus.DROPPED, " ", "maria", AT));
        assertThat(item.status(), equalTo(ActionItemStatus.OPEN));

        item.changeStatus(ActionItemStatus.DROPPED, " Superseded ", "maria", AT);
        assertThat(item.dropReason(), equalTo("Superseded"));
    }

    @Test
    void done_records_who_and_when_and_reopening_clears_them() {
        item.changeStatus(ActionItemStatus.DONE, null, "cole", AT);
        assertThat(item.completedBy(), equalTo("cole"));
        assertThat(item.completedAt(), equalTo(AT));

        item.changeStatus(ActionItemStatus.OPEN, null, "maria", AT.plusDays(1));

        assertThat(item.completedBy(), nullValue());
        assertThat(item.completedAt(), nullValue());
    }

    @Test
    void a_new_risk_it_became_is_its_target_unless_it_had_one() {
        UUID risk = UUID.randomUUID();
        item.became(risk, null, null);
        assertThat(item.targetRiskId, equalTo(risk));

        UUID other = UUID.randomUUID();
        item.became(other, null, null);
        assertThat(item.becameRiskId(), equalTo(other));
        assertThat(item.targetRiskId, equalTo(risk));
    }
}
