package io.averted.project;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserError;

@Type("ProjectMemberSetPayload")
@Description("Result of projectMemberSet.")
public record ProjectMemberSetPayload(
        @Description("The project; null when there are user errors.") ProjectView project,
        @Description("The member as saved; null when there are user errors.") MemberView member,
        @NonNull @Description("What to fix; empty on success.") List<@NonNull UserError> userErrors) {
}
