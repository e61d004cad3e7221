package io.averted.incident;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The recurrence rule: which action items show that an incident's fix did not hold. */
class ActionItemTest {

    static final UUID EARLIER_INCIDENT = UUID.randomUUID();
    static final UUID INCIDENT = UUID.randomUUID();
    static final UUID RISK = UUID.randomUUID();
    static final OffsetDateTime OCCURRED = OffsetDateTime.parse("2026-05-01T10:00:00Z");

    static ActionItem doneItem(UUID targetRisk, UUID becameRisk, String completedAt) {
        ActionItem item = ActionItem.open(UUID.randomUUID(), EARLIER_INCIDENT, "Fix it");
        item.targetRiskId = targetRisk;
        item.became(becameRisk, null, null);
        item.changeStatus(ActionItemStatus.DONE, null, "maria", OffsetDateTime.parse(completedAt));
        return item;
    }

    @Test
    void an_item_done_before_that_targeted_a_materialized_risk_did_not_prevent_the_incident() {
        ActionItem item = doneItem(RISK, null, "2026-04-01T10:00:00Z");

        assertThat(item.didNotPrevent(INCIDENT, OCCURRED, Set.of(RISK)), equalTo(true));
    }

    @Test
    void an_item_that_became_a_materialized_risk_counts_too() {
        ActionItem item = doneItem(null, RISK, "2026-04-01T10:00:00Z");

        assertThat(item.didNotPrevent(INCIDENT, OCCURRED, Set.of(RISK)), equalTo(true));
    }

    @Test
    void an_item_done_after_the_incident_occurred_does_not_count() {
        ActionItem item = doneItem(RISK, null, "2026-06-01T10:00:00Z");

        assertThat(item.didNotPrevent(INCIDENT, OCCURRED, Set.of(RISK)), equalTo(false));
    }

    @Test
    void an_item_not_done_does_not_count() {
        ActionItem item = doneItem(RISK, null, "2026-04-01T10:00:00Z");
        item.changeStatus(ActionItemStatus.OPEN, null, "maria", OCCURRED);

        assertThat(item.didNotPrevent(INCIDENT, OCCURRED, Set.of(RISK)), equalTo(false));
    }

    @Test
    void an_item_of_the_same_incident_does_not_count() {
        ActionItem item = doneItem(RISK, null, "2026-04-01T10:00:00Z");

        assertThat(item.didNotPrevent(EARLIER_INCIDENT, OCCURRED, Set.of(RISK)), equalTo(false));
    }

    @Test
    void an_item_about_another_risk_does_not_count() {
        ActionItem item = doneItem(UUID.randomUUID(), null, "2026-04-01T10:00:00Z");

        assertThat(item.didNotPrevent(INCIDENT, OCCURRED, Set.of(RISK)), equalTo(false));
    }
}
