package io.averted.project;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Viewer")
@Description("The signed-in user.")
public record Viewer(
        @NonNull @Description("Username.") String username,
        @NonNull @Description("Name to show.") String displayName,
        @NonNull @Description("Roles the token grants: admin, manager, sponsor, contributor, viewer.") List<@NonNull String> roles,
        @NonNull @Description("Whether the user is an admin and so sees every project.") boolean admin) {
}
