package io.averted.shared;

import io.smallrye.graphql.api.ErrorCode;

/** A malformed query argument, such as a cursor that was not issued by this API. A top-level GraphQL error. */
@ErrorCode("BAD_ARGUMENT")
public class InvalidArgumentException extends IllegalArgumentException {
    public InvalidArgumentException(String message) {
        super(message);
    }
}
