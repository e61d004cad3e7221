package io.averted.shared;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("UserErrorCode")
@Description("Why a mutation refused its input. Nothing was changed when any user error is returned.")
public enum UserErrorCode {
    @Description("The value is not acceptable (wrong format, or contradicts another field).")
    INVALID,
    @Description("A required value is missing or blank.")
    REQUIRED,
    @Description("The number is outside its allowed range.")
    OUT_OF_RANGE,
    @Description("The text is longer than allowed.")
    TOO_LONG,
    @Description("No such object, or you are not a member of its project.")
    NOT_FOUND,
    @Description("Someone changed the object after you read it: reload and apply your change again.")
    CONFLICT,
    @Description("The value must be unique and is already taken.")
    TAKEN,
    @Description("A milestone cannot complete: this blocking gate is not PASSED or WAIVED (one error per gate in the way).")
    GATES_NOT_PASSED,
    @Description("Only the project's sponsor may do this (e.g. let a blocking gate that has not passed go: the sponsor waives it, with a reason).")
    SPONSOR_REQUIRED
}
