package io.averted.project;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Member")
@Description("A person (or service account) in a project, with its project role.")
public record MemberView(
        @NonNull @Description("Username as the sign-in provider names it.") String username,
        @NonNull @Description("Name to show.") String displayName,
        @NonNull @Description("Role in this project.") ProjectRole role) {

    public static MemberView of(ProjectMember m) {
        return new MemberView(m.username, m.displayName, m.role);
    }
}
