package io.averted.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.averted.history.HistoryEntry;
import io.averted.history.HistoryService;
import io.averted.shared.Connection;
import io.averted.shared.DatabaseOutageAsUnavailable;
import io.averted.shared.Ids;
import io.averted.shared.Mutations;
import io.averted.shared.PageRequest;
import io.averted.shared.Result;
import io.averted.shared.security.CurrentUser;
import io.averted.shared.security.GlobalRole;
import io.quarkus.security.Authenticated;

@GraphQLApi
@DatabaseOutageAsUnavailable
@Authenticated
public class ProjectGraphQL {

    /** The source of the one projects connection there is: the projects you can see. */
    private static final String YOURS = "yours";

    @Inject
    CurrentUser user;

    @Inject
    ProjectService service;

    @Inject
    ProjectAccess access;

    @Inject
    Memberships memberships;

    @Inject
    HistoryService history;

    @Query
    @NonNull
    @Description("Who is signed in, with which roles.")
    public Viewer viewer() {
        return new Viewer(user.username(), user.displayName(),
                user.roles().stream().map(GlobalRole::tokenName).toList(), user.isAdmin());
    }

    @Query
    @NonNull
    @Description("The projects you can see (admins: all), ordered by key.")
    public ProjectConnection projects(@Description("Page size: 20 when absent, at most 100.") Integer first,
            @Description("Cursor of the project to continue after.") String after) {
        PageRequest page = ProjectRepository.BY_KEY.request(first, after);
        return Connection.batch(ProjectRepository.BY_KEY, page, () -> service.visible(page), p -> YOURS,
                (cursor, p) -> new ProjectEdge(cursor, ProjectView.of(p)), () -> Map.of(YOURS, service.countVisible()))
                .connection(YOURS, ProjectConnection::new);
    }

    @Query
    @Description("A project by id; null when it does not exist or you are not a member.")
    public ProjectView project(@NonNull @Id String id) {
        return Ids.parse(id).flatMap(access::readable).map(ProjectView::of).orElse(null);
    }

    @NonNull
    @Description("Your projects, ordered by key (the same list as the `projects` query).")
    public ProjectConnection projects(@Source Viewer viewer, Integer first, String after) {
        return projects(first, after);
    }

    @NonNull
    @Description("Members with their project roles, in the order they joined.")
    public List<@NonNull List<@NonNull MemberView>> members(@Source List<ProjectView> projects) {
        return perProject(projects, members -> members.stream().map(MemberView::of).toList());
    }

    @Description("The project's sponsor: its first member with the SPONSOR role.")
    public List<MemberView> sponsor(@Source List<ProjectView> projects) {
        return perProject(projects, members -> first(members, ProjectRole.SPONSOR));
    }

    @Description("The project's manager: its first member with the MANAGER role.")
    public List<MemberView> manager(@Source List<ProjectView> projects) {
        return perProject(projects, members -> first(members, ProjectRole.MANAGER));
    }

    @Description("Your role in this project; null for an admin who is not a member.")
    public List<ProjectRole> myRole(@Source List<ProjectView> projects) {
        return perProject(projects, members -> members.stream()
                .filter(access::isMe).map(m -> m.role).findFirst().orElse(null));
    }

    @NonNull
    @Description("Every change to the project's memberships (who joined, whose role changed, by whom), oldest first.")
    public List<@NonNull List<@NonNull MembershipChange>> membershipHistory(@Source List<ProjectView> projects) {
        Map<UUID, List<ProjectMember>> byProject = memberships.of(projects.stream().map(ProjectView::id).toList());
        Map<UUID, ProjectMember> byId = new java.util.HashMap<>();
        byProject.values().forEach(list -> list.forEach(m -> byId.put(m.id, m)));
        Map<UUID, List<HistoryEntry>> entries = history.of(ProjectMember.class, byId.keySet());
        return projects.stream().map(p -> byProject.get(p.id()).stream()
                .flatMap(m -> entries.get(m.id).stream().map(e -> MembershipChange.of(m.username, e)))
                .sorted(java.util.Comparator.comparing(MembershipChange::at))
                .toList()).toList();
    }

    @NonNull
    @Description("Every change to the project itself, oldest first.")
    public List<@NonNull List<@NonNull HistoryEntry>> history(@Source List<ProjectView> projects) {
        return history.ofEach(Project.class, projects, ProjectView::id);
    }

    @Mutation
    @NonNull
    @Description("Creates a project (admins and managers). A manager who creates one becomes its manager.")
    public ProjectCreatePayload projectCreate(@NonNull @Name("input") ProjectCreateInput input) {
        Result<Project> result = Mutations.run(() -> service.create(input));
        return new ProjectCreatePayload(Optional.ofNullable(result.value()).map(ProjectView::of).orElse(null), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Changes a project's name, description, status or dates (its manager, or an admin).")
    public ProjectUpdatePayload projectUpdate(@NonNull @Name("input") ProjectUpdateInput input) {
        Result<Project> result = Mutations.run(() -> service.update(input));
        return new ProjectUpdatePayload(Optional.ofNullable(result.value()).map(ProjectView::of).orElse(null), result.errors());
    }

    @Mutation
    @NonNull
    @Description("Adds a member to a project or changes its role: managers for contributors and viewers, admins for the sponsor and managers.")
    public ProjectMemberSetPayload projectMemberSet(@NonNull @Name("input") ProjectMemberSetInput input) {
        Result<ProjectMember> result = Mutations.run(() -> service.setMember(input));
        if (!result.isOk()) {
            return new ProjectMemberSetPayload(null, null, result.errors());
        }
        ProjectView project = access.readable(input.projectId()).map(ProjectView::of).orElseThrow();
        return new ProjectMemberSetPayload(project, MemberView.of(result.value()), result.errors());
    }

    private <T> List<T> perProject(List<ProjectView> projects, Function<List<ProjectMember>, T> pick) {
        Map<UUID, List<ProjectMember>> byProject = memberships.of(projects.stream().map(ProjectView::id).toList());
        return projects.stream().map(p -> pick.apply(byProject.get(p.id()))).toList();
    }

    private static MemberView first(List<ProjectMember> members, ProjectRole role) {
        return members.stream().filter(m -> m.role == role).findFirst().map(MemberView::of).orElse(null);
    }
}
