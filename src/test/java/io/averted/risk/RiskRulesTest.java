package io.averted.risk;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.averted.shared.Rejected;

/** A risk's status moves only as the register allows, whoever moves it. */
class RiskRulesTest {

    @Test
    void a_new_risk_cannot_start_closed_or_materialized() {
        assertThrows(Rejected.class, () -> Risk.identify(UUID.randomUUID(), RiskStatus.CLOSED));
        assertThrows(Rejected.class, () -> Risk.identify(UUID.randomUUID(), RiskStatus.MATERIALIZED));
        assertThat(Risk.identify(UUID.randomUUID(), null).status(), equalTo(RiskStatus.IDENTIFIED));
    }

    @Test
    void closing_is_its_own_transition_with_a_reason_and_happens_once() {
        Risk risk = Risk.identify(UUID.randomUUID(), RiskStatus.MITIGATING);
        assertThrows(Rejected.class, () -> risk.setStatus(RiskStatus.CLOSED));

        risk.close("  Tool in place  ");

        assertThat(risk.status(), equalTo(RiskStatus.CLOSED));
        assertThat(risk.closedReason(), equalTo("Tool in place"));
        assertThrows(Rejected.class, () -> risk.close("again"));
    }

    @Test
    void reopening_or_materializing_a_closed_risk_drops_its_closing_reason() {
        Risk reopened = Risk.identify(UUID.randomUUID(), null);
        reopened.close("done");
        reopened.setStatus(RiskStatus.IDENTIFIED);
        Risk happened = Risk.identify(UUID.randomUUID(), null);
        happened.close("done");
        happened.materialize();

        assertThat(reopened.closedReason(), nullValue());
        assertThat(happened.status(), equalTo(RiskStatus.MATERIALIZED));
        assertThat(happened.closedReason(), nullValue());
    }

    @Test
    void the_loss_range_cannot_be_upside_down() {
        assertThat(Risk.lossRangeProblems(new BigDecimal("100"), new BigDecimal("99.99")).get(0).field(), equalTo("lossHigh"));
        assertThat(Risk.lossRangeProblems(new BigDecimal("100"), new BigDecimal("100")), empty());
    }
}
