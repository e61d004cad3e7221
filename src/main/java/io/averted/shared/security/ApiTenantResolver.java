package io.averted.shared.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;

/**
 * Browsers sign in with the authorization-code flow and then call /graphql with their session cookie;
 * API clients send bearer tokens. A /graphql call with neither would otherwise be redirected to the
 * login page: route it to the bearer-only "api" tenant so the client gets a plain 401.
 */
@ApplicationScoped
public class ApiTenantResolver implements TenantResolver {

    static final String SESSION_COOKIE = "q_session";

    @Override
    public String resolve(RoutingContext context) {
        boolean api = context.normalizedPath().startsWith("/graphql");
        boolean hasSession = context.request().cookies().stream().anyMatch(c -> c.getName().startsWith(SESSION_COOKIE));
        boolean hasToken = context.request().getHeader("Authorization") != null;
        return api && !hasSession && !hasToken ? "api" : null;
    }
}
