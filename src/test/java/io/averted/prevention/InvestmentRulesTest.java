package io.averted.prevention;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.averted.shared.Rejected;

/** An investment is decided once, then operated; changing what it mitigates asks for a new decision. */
class InvestmentRulesTest {

    static final OffsetDateTime AT = OffsetDateTime.parse("2026-10-01T09:00:00Z");

    final Investment investment = Investment.propose(UUID.randomUUID(), "Comparison tool", InvestmentKind.TOOL,
            new BigDecimal("0"), new BigDecimal("2000"), "maria");

    @Test
    void a_proposal_is_decided_once() {
        investment.decide(InvestmentDecision.REJECTED, " Budget ", "sam", AT);

        Rejected again = assertThrows(Rejected.class, () -> investment.decide(InvestmentDecision.APPROVED, "Now yes", "sam", AT));

        assertThat(again.errors().get(0).message(), containsString("already REJECTED"));
        assertThat(investment.decisionRationale(), equalTo("Budget"));
    }

    @Test
    void only_an_approved_investment_goes_into_operation() {
        assertThrows(Rejected.class, () -> investment.operate(InvestmentOperatingStatus.ACTIVE));
        investment.decide(InvestmentDecision.APPROVED, "Worth it", "sam", AT);

        investment.operate(InvestmentOperatingStatus.ACTIVE);
        assertThrows(Rejected.class, () -> investment.operate(InvestmentOperatingStatus.ACTIVE));
        investment.operate(InvestmentOperatingStatus.RETIRED);

        assertThat(investment.status(), equalTo(InvestmentStatus.RETIRED));
    }

    @Test
    void reopening_for_decision_forgets_the_old_decision() {
        investment.decide(InvestmentDecision.APPROVED, "Worth it", "sam", AT);

        investment.reopenForDecision();

        assertThat(investment.status(), equalTo(InvestmentStatus.PROPOSED));
        assertThat(investment.decidedBy(), nullValue());
        assertThat(investment.decisionRationale(), nullValue());
    }
}
