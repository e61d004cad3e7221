package io.averted.economics;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A simulation the budget does not run: over the request's budget, one already running for this user, or the
 * queue did not free up in time. A top-level GraphQL error the client can act on (ask less, or retry later).
 */
@ErrorCode("SIMULATION_REFUSED")
public class SimulationRefusedException extends RuntimeException {
    public SimulationRefusedException(String message) {
        super(message, null, false, false);
    }
}
