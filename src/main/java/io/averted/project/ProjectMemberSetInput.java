package io.averted.project;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ProjectMemberSetInput")
@Description("Adds a member to a project or changes its role or name.")
public record ProjectMemberSetInput(
        @NonNull @Id @Description("The project.") UUID projectId,
        @NonNull @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "may hold letters, digits and . _ @ - only")
        @Description("Username as the sign-in provider names it.") String username,
        @Size(max = 200) @Description("Name to show; the username when absent for a new member.") String displayName,
        @NonNull @Description("Role in the project. SPONSOR and MANAGER are named by admins only; naming a new sponsor makes the former one a viewer.") ProjectRole role,
        @Size(max = 255) @Description("The user's stable subject (the token's `sub`), when known: then only that user is this member, even if the username is later given to someone else.") String subject) {
}
