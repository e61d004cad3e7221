package io.averted.shared;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UserError")
@Description("A problem with the input that the user can fix. Returned instead of a change, never beside one.")
public record UserError(
        @NonNull @Description("Machine-readable reason.") UserErrorCode code,
        @Description("The input field at fault, as named in the mutation's input; null when no single field is.") String field,
        @NonNull @Description("What is wrong, for people.") String message) {

    public static UserError of(UserErrorCode code, String field, String message) {
        return new UserError(code, field, message);
    }

    public static UserError conflict() {
        return new UserError(UserErrorCode.CONFLICT, "version",
                "Someone else changed this after you read it; reload it and apply your change again.");
    }

    public static UserError notFound(String field, String what) {
        return new UserError(UserErrorCode.NOT_FOUND, field, what + " does not exist or is not visible to you.");
    }
}
