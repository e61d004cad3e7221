package io.averted.shared.graphql;

/**
 * A GraphQL request the SQL read path answered, for the metrics and the slow-request log. It is fired on the event
 * loop, where the request's identity cannot be looked up, so it carries the user's name.
 */
public record SqlReadServed(String operationName, String user, long nanos) {
}
