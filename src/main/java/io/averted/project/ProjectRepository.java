package io.averted.project;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    /** Same rule as {@link ProjectAccess#isMe}: the username, and the subject when the membership keeps one. */
    private static final String MEMBER_OF = "exists (from ProjectMember m where m.projectId = p.id and m.username = :username"
            + " and (m.subject is null or m.subject = :subject))";

    /** Up to {@code limit} projects ordered by key, after {@code afterKey}: all of them, or only {@code username}'s. */
    public List<Project> pageByKey(String username, String subject, String afterKey, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (afterKey != null) {
            where.append(" and p.key > :afterKey");
            params.and("afterKey", afterKey);
        }
        if (username != null) {
            where.append(" and ").append(MEMBER_OF);
            params.and("username", username).and("subject", subject);
        }
        return find("from Project p where " + where + " order by p.key", params).range(0, limit - 1).list();
    }

    public long countVisible(String username, String subject) {
        return username == null ? count()
                : find("from Project p where " + MEMBER_OF, Parameters.with("username", username).and("subject", subject)).count();
    }

    public java.util.List<UUID> visibleIds(String username, String subject) {
        return username == null ? find("select p.id from Project p").project(UUID.class).list()
                : find("select p.id from Project p where " + MEMBER_OF, Parameters.with("username", username).and("subject", subject))
                        .project(UUID.class).list();
    }

    public boolean keyTaken(String key) {
        return count("key", key) > 0;
    }
}
