package io.averted.economics.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SimulatedRiskTest {

    @Test
    void the_loss_range_is_the_5th_and_95th_percentile_of_the_lognormal() {
        SimulatedRisk risk = new SimulatedRisk("r", 0.1, 2_000, 150_000, 1, 1);

        // PRODUCT.md section 4: the 5th and 95th percentiles of lognormal(mu, sigma) are exp(mu -/+ z sigma), z = Φ⁻¹(0.95) = 1.6448536269514722
        assertEquals(2_000, Math.exp(risk.mu() - 1.6448536269514722 * risk.sigma()), 2_000 * 1e-12);
        assertEquals(150_000, Math.exp(risk.mu() + 1.6448536269514722 * risk.sigma()), 150_000 * 1e-12);
    }

    @Test
    void a_range_of_one_amount_has_no_spread() {
        SimulatedRisk risk = new SimulatedRisk("r", 0.1, 5_000, 5_000, 1, 1);

        assertEquals(0, risk.sigma());
        assertEquals(5_000, Math.exp(risk.mu()), 5_000 * 1e-12);
    }

    @Test
    void the_bounds_of_every_fraction_are_accepted() {
        new SimulatedRisk("none", 0, 1, 1, 0, 0);
        new SimulatedRisk("certain", 1, 1, 2, 1, 1);
    }

    static Stream<Arguments> invalidRisks() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        return Stream.of(
                Arguments.of("id", null, 0.1, 1_000, 2_000, 1, 1),
                Arguments.of("id", " ", 0.1, 1_000, 2_000, 1, 1),
                Arguments.of("probability", "r", -0.01, 1_000, 2_000, 1, 1),
                Arguments.of("probability", "r", 1.01, 1_000, 2_000, 1, 1),
                Arguments.of("probability", "r", nan, 1_000, 2_000, 1, 1),
                Arguments.of("lossLow", "r", 0.1, 0, 2_000, 1, 1),
                Arguments.of("lossLow", "r", 0.1, -5, 2_000, 1, 1),
                Arguments.of("lossLow", "r", 0.1, nan, 2_000, 1, 1),
                Arguments.of("lossLow", "r", 0.1, inf, inf, 1, 1),
                Arguments.of("lossHigh", "r", 0.1, 2_000, 1_999, 1, 1),
                Arguments.of("lossHigh", "r", 0.1, 1_000, inf, 1, 1),
                Arguments.of("lossHigh", "r", 0.1, 1_000, nan, 1, 1),
                Arguments.of("residualProbabilityFactor", "r", 0.1, 1_000, 2_000, -0.1, 1),
                Arguments.of("residualProbabilityFactor", "r", 0.1, 1_000, 2_000, 1.1, 1),
                Arguments.of("residualProbabilityFactor", "r", 0.1, 1_000, 2_000, nan, 1),
                Arguments.of("residualLossFactor", "r", 0.1, 1_000, 2_000, 1, -0.1),
                Arguments.of("residualLossFactor", "r", 0.1, 1_000, 2_000, 1, 1.1),
                Arguments.of("residualLossFactor", "r", 0.1, 1_000, 2_000, 1, nan));
    }

    @ParameterizedTest(name = "{0}: p={2} low={3} high={4} factors={5},{6}")
    @MethodSource("invalidRisks")
    void an_invalid_value_is_refused_naming_its_field(String field, String id, double probability, double low,
                                                      double high, double probabilityFactor, double lossFactor) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new SimulatedRisk(id, probability, low, high, probabilityFactor, lossFactor));

        assertTrue(refused.getMessage().startsWith(field), refused::getMessage);
    }
}
