package io.averted.shared.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in person or service account of this request, as the OIDC token describes it. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public String username() {
        return identity.getPrincipal().getName();
    }

    /** A readable name: the token's {@code name} claim when there is one. */
    public String displayName() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("name") != null) {
            return jwt.getClaim("name").toString();
        }
        return username();
    }

    /** The token's stable subject ({@code sub}): unlike a username, the provider never gives it to someone else. */
    public String subject() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return null;
    }

    public Set<GlobalRole> roles() {
        Set<GlobalRole> roles = EnumSet.noneOf(GlobalRole.class);
        for (GlobalRole role : GlobalRole.values()) {
            if (identity.hasRole(role.tokenName())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean has(GlobalRole role) {
        return identity.hasRole(role.tokenName());
    }

    public boolean isAdmin() {
        return has(GlobalRole.ADMIN);
    }
}
