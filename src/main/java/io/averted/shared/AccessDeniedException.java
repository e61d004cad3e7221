package io.averted.shared;

import io.smallrye.graphql.api.ErrorCode;

/** The signed-in user may see the object but its role does not allow the operation. A top-level GraphQL error. */
@ErrorCode("FORBIDDEN")
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
