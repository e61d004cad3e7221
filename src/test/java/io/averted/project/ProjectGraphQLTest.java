package io.averted.project;

import static io.averted.support.GraphQL.graphQL;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.averted.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ProjectGraphQLTest {

    static final String CREATE = """
            mutation($input: ProjectCreateInput!) {
              projectCreate(input: $input) {
                project { id key currency status manager { username role } myRole history { actor operation } }
                userErrors { code field message }
              }
            }""";

    static final String SET_MEMBER = """
            mutation($input: ProjectMemberSetInput!) {
              projectMemberSet(input: $input) {
                member { username displayName role }
                project { members { username role } }
                userErrors { code field message }
              }
            }""";

    @Inject
    TestData data;

    static Map<String, Object> project(String key) {
        Map<String, Object> input = new HashMap<>();
        input.put("key", key);
        input.put("name", "Member portal");
        input.put("currency", "USD");
        return input;
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_manager_creates_a_project_and_becomes_its_manager() {
        String key = TestData.uniqueKey();

        JsonPath result = graphQL(CREATE, Map.of("input", project(key)));

        assertThat(result.get("errors"), nullValue());
        assertThat(result.getList("data.projectCreate.userErrors"), empty());
        assertThat(result.getString("data.projectCreate.project.key"), equalTo(key));
        assertThat(result.getString("data.projectCreate.project.status"), equalTo("PLANNED"));
        assertThat(result.getString("data.projectCreate.project.manager.username"), equalTo("maria"));
        assertThat(result.getString("data.projectCreate.project.myRole"), equalTo("MANAGER"));
        assertThat(result.getString("data.projectCreate.project.history[0].actor"), equalTo("maria"));
    }

    @ParameterizedTest(name = "{0} = {1} is refused with {2}")
    @CsvSource({ "key,mbr,INVALID", "key,M,INVALID", "key,MEMBERPORTAL1,INVALID", "name,'  ',REQUIRED",
            "currency,usd,INVALID", "currency,XYZ,INVALID", "targetDate,2026-01-01,INVALID" })
    @TestSecurity(user = "maria", roles = "manager")
    void a_bad_project_value_is_refused_and_nothing_is_created(String field, String value, String code) {
        long before = data.count("project");
        Map<String, Object> input = project(TestData.uniqueKey());
        input.put("startDate", "2026-06-01");
        input.put(field, value);

        JsonPath result = graphQL(CREATE, Map.of("input", input));

        assertThat(result.getString("data.projectCreate.userErrors[0].field"), equalTo(field));
        assertThat(result.getString("data.projectCreate.userErrors[0].code"), equalTo(code));
        assertThat(data.count("project"), equalTo(before));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_project_key_is_unique() {
        Project existing = data.project("USD", "nina:MANAGER");

        JsonPath result = graphQL(CREATE, Map.of("input", project(existing.key)));

        assertThat(result.getString("data.projectCreate.userErrors[0].code"), equalTo("TAKEN"));
        assertThat(result.getString("data.projectCreate.userErrors[0].field"), equalTo("key"));
    }

    @Test
    @TestSecurity(user = "vic", roles = "viewer")
    void a_viewer_cannot_create_projects() {
        JsonPath result = graphQL(CREATE, Map.of("input", project(TestData.uniqueKey())));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(result.get("data"), nullValue());
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void the_manager_adds_and_changes_contributors_and_viewers_and_each_change_is_kept() {
        Project project = data.project("USD", "maria:MANAGER");

        JsonPath added = graphQL(SET_MEMBER, Map.of("input", Map.of("projectId", project.id.toString(), "username", "cole",
                "displayName", "Cole Contributor", "role", "VIEWER")));
        JsonPath changed = graphQL(SET_MEMBER, Map.of("input", Map.of("projectId", project.id.toString(), "username", "cole",
                "role", "CONTRIBUTOR")));
        JsonPath history = graphQL("""
                query($id: ID!) { project(id: $id) { membershipHistory { username actor operation changes { field before after } } } }""",
                Map.of("id", project.id.toString()));

        assertThat(added.getString("data.projectMemberSet.member.role"), equalTo("VIEWER"));
        assertThat(changed.getString("data.projectMemberSet.member.role"), equalTo("CONTRIBUTOR"));
        assertThat(changed.getString("data.projectMemberSet.member.displayName"), equalTo("Cole Contributor"));
        assertThat(data.count("history where entity = 'project_member' and changes -> 'role' is not null and actor = 'maria'"
                + " and project_id = '" + project.id + "'"), equalTo(2L));
        // readable through GraphQL: who joined, whose role changed, by whom
        assertThat(history.getList("data.project.membershipHistory.findAll { it.username == 'cole' }.operation"),
                contains("CREATED", "UPDATED"));
        assertThat(history.getList("data.project.membershipHistory.findAll { it.username == 'cole' }.actor"), contains("maria", "maria"));
        assertThat(history.getString("data.project.membershipHistory.find { it.operation == 'UPDATED' }.changes.find { it.field == 'role' }.after"),
                equalTo("\"CONTRIBUTOR\""));
    }

    @ParameterizedTest
    @CsvSource({ "sam, SPONSOR", "nina, MANAGER" })
    @TestSecurity(user = "maria", roles = "manager")
    void a_manager_cannot_name_a_sponsor_or_a_manager(String username, String role) {
        Project project = data.project("USD", "maria:MANAGER", "sam:VIEWER");

        JsonPath result = graphQL(SET_MEMBER, Map.of("input", Map.of("projectId", project.id.toString(), "username", username,
                "role", role)));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(data.count("project_member where role = '" + role + "' and project_id = '" + project.id + "' and username = '"
                + username + "'"), equalTo(0L));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_manager_cannot_demote_the_sponsor() {
        Project project = data.project("USD", "maria:MANAGER", "sam:SPONSOR");

        JsonPath result = graphQL(SET_MEMBER, Map.of("input", Map.of("projectId", project.id.toString(), "username", "sam",
                "role", "VIEWER")));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(data.count("project_member where role = 'SPONSOR' and project_id = '" + project.id + "'"), equalTo(1L));
    }

    @Test
    @TestSecurity(user = "alice", roles = "admin")
    void an_admin_names_a_new_sponsor_and_the_former_one_becomes_a_viewer() {
        Project project = data.project("USD", "maria:MANAGER", "sam:SPONSOR");

        JsonPath result = graphQL(SET_MEMBER, Map.of("input", Map.of("projectId", project.id.toString(), "username", "stella",
                "role", "SPONSOR")));

        assertThat(result.getList("data.projectMemberSet.userErrors"), empty());
        assertThat(result.getList("data.projectMemberSet.project.members.findAll { it.role == 'SPONSOR' }.username"), contains("stella"));
        assertThat(result.getString("data.projectMemberSet.project.members.find { it.username == 'sam' }.role"), equalTo("VIEWER"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "admin")
    void the_sponsor_cannot_be_demoted_without_naming_another() {
        Project project = data.project("USD", "maria:MANAGER", "sam:SPONSOR");

        JsonPath result = graphQL(SET_MEMBER, Map.of("input", Map.of("projectId", project.id.toString(), "username", "sam",
                "role", "VIEWER")));

        assertThat(result.getString("data.projectMemberSet.userErrors[0].code"), equalTo("INVALID"));
        assertThat(result.getString("data.projectMemberSet.userErrors[0].field"), equalTo("role"));
        assertThat(data.count("project_member where role = 'SPONSOR' and username = 'sam' and project_id = '" + project.id + "'"), equalTo(1L));
    }

    @Test
    @TestSecurity(user = "rogue")
    void a_member_whose_token_has_no_averted_role_sees_nothing() {
        Project project = data.project("USD", "maria:MANAGER", "rogue:VIEWER");

        JsonPath result = graphQL("query($id: ID!) { project(id: $id) { key } projects { totalCount } }", Map.of("id", project.id.toString()));

        assertThat(result.get("data.project"), nullValue());
        assertThat(result.getInt("data.projects.totalCount"), equalTo(0));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_membership_bound_to_another_subject_is_not_this_user() {
        Project project = data.project("USD", "nina:MANAGER");
        data.addMember(project.id, "maria", "VIEWER", "subject-of-the-first-maria");

        JsonPath result = graphQL("query($id: ID!) { project(id: $id) { key } }", Map.of("id", project.id.toString()));

        // @TestSecurity gives no token subject; a membership bound to a subject is someone else's
        assertThat(result.get("data.project"), nullValue());
    }

    @Test
    @TestSecurity(user = "cole", roles = "contributor")
    void a_contributor_cannot_manage_members() {
        Project project = data.project("USD", "maria:MANAGER", "cole:CONTRIBUTOR");

        JsonPath result = graphQL(SET_MEMBER, Map.of("input", Map.of("projectId", project.id.toString(), "username", "cole",
                "role", "MANAGER")));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "admin")
    void a_project_keeps_at_least_one_manager() {
        Project project = data.project("USD", "maria:MANAGER");

        JsonPath result = graphQL(SET_MEMBER, Map.of("input", Map.of("projectId", project.id.toString(), "username", "maria",
                "role", "VIEWER")));

        assertThat(result.getString("data.projectMemberSet.userErrors[0].code"), equalTo("INVALID"));
        assertThat(result.getString("data.projectMemberSet.userErrors[0].field"), equalTo("role"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_membership_role_counts_only_while_the_token_grants_it_too() {
        Project project = data.project("USD", "nina:MANAGER", "maria:SPONSOR");

        JsonPath result = graphQL(SET_MEMBER, Map.of("input", Map.of("projectId", project.id.toString(), "username", "x",
                "role", "VIEWER")));
        JsonPath read = graphQL("query($id: ID!) { project(id: $id) { key myRole } }", Map.of("id", project.id.toString()));

        assertThat(result.getString("errors[0].extensions.code"), equalTo("FORBIDDEN"));
        assertThat(read.getString("data.project.myRole"), equalTo("SPONSOR"));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void a_stale_project_update_is_a_conflict() {
        Project project = data.project("USD", "maria:MANAGER");
        String update = """
                mutation($input: ProjectUpdateInput!) { projectUpdate(input: $input) { project { name version } userErrors { code field } } }""";

        JsonPath first = graphQL(update, Map.of("input", Map.of("id", project.id.toString(), "version", 0, "name", "Renamed")));
        JsonPath second = graphQL(update, Map.of("input", Map.of("id", project.id.toString(), "version", 0, "name", "Lost")));

        assertThat(first.getString("data.projectUpdate.project.name"), equalTo("Renamed"));
        assertThat(second.getString("data.projectUpdate.userErrors[0].code"), equalTo("CONFLICT"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "admin")
    void an_admin_sees_every_project() {
        Project a = data.project("USD", "maria:MANAGER");
        Project b = data.project("EUR", "nina:MANAGER");

        JsonPath result = graphQL("""
                query($a: ID!, $b: ID!) { viewer { username admin roles } projects { totalCount }
                  a: project(id: $a) { myRole } b: project(id: $b) { key } }""", Map.of("a", a.id.toString(), "b", b.id.toString()));

        assertThat(result.getString("data.viewer.username"), equalTo("alice"));
        assertThat(result.getBoolean("data.viewer.admin"), equalTo(true));
        assertThat(result.getList("data.viewer.roles"), contains("admin"));
        assertThat(result.get("data.a.myRole"), nullValue());
        assertThat(result.getString("data.b.key"), equalTo(b.key));
        assertThat((long) result.getInt("data.projects.totalCount"), equalTo(data.count("project")));
    }

    @Test
    @TestSecurity(user = "maria", roles = "manager")
    void the_project_list_pages_by_key_and_holds_only_my_projects() {
        Project mine1 = data.project("USD", "maria:MANAGER");
        Project mine2 = data.project("USD", "maria:VIEWER");
        Project theirs = data.project("USD", "nina:MANAGER");
        String query = "query($after: String) { viewer { projects(first: 1, after: $after) { pageInfo { endCursor hasNextPage } nodes { id } } } }";

        java.util.List<String> seen = new java.util.ArrayList<>();
        String after = null;
        do {
            Map<String, Object> vars = new HashMap<>();
            vars.put("after", after);
            JsonPath page = graphQL(query, vars);
            seen.addAll(page.getList("data.viewer.projects.nodes.id"));
            after = page.getBoolean("data.viewer.projects.pageInfo.hasNextPage") ? page.getString("data.viewer.projects.pageInfo.endCursor") : null;
        } while (after != null);

        assertThat(seen, hasItems(mine1.id.toString(), mine2.id.toString()));
        assertThat(seen, not(hasItems(theirs.id.toString())));
        assertThat(seen.stream().distinct().count(), equalTo((long) seen.size()));
    }
}
