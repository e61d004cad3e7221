package io.averted.project;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.averted.shared.Keyset;
import io.averted.shared.OrderDirection;
import io.averted.shared.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    /** Same rule as {@link ProjectAccess#isMe}: the username, and the subject when the membership keeps one. */
    private static final String MEMBER_OF = "exists (from ProjectMember m where m.projectId = r.id and m.username = :username"
            + " and (m.subject is null or m.subject = :subject))";

    /** The one order of projects: by key, then by id. */
    static final Keyset<Project> BY_KEY = new Keyset<>("key", "r.key", OrderDirection.ASC, p -> p.key, key -> key, p -> p.id);

    /** A keyset page of the projects (up to {@code page.limit()}): all of them, or only {@code username}'s. */
    public List<Project> page(String username, String subject, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (page.continued()) {
            where.append(" and ").append(BY_KEY.after());
            page.bind(params::and);
        }
        if (username != null) {
            where.append(" and ").append(MEMBER_OF);
            params.and("username", username).and("subject", subject);
        }
        return find("from Project r where " + where + " order by " + BY_KEY.orderBy(), params).range(0, page.limit() - 1).list();
    }

    public long countVisible(String username, String subject) {
        return username == null ? count()
                : find("from Project r where " + MEMBER_OF, Parameters.with("username", username).and("subject", subject)).count();
    }

    public java.util.List<UUID> visibleIds(String username, String subject) {
        return username == null ? find("select r.id from Project r").project(UUID.class).list()
                : find("select r.id from Project r where " + MEMBER_OF, Parameters.with("username", username).and("subject", subject))
                        .project(UUID.class).list();
    }

    public boolean keyTaken(String key) {
        return count("key", key) > 0;
    }
}
