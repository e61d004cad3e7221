package io.averted.shared.graphql;

/** A GraphQL request the SQL read path answered, for the metrics and the slow-request log. */
public record SqlReadServed(String operationName, long nanos) {
}
