package io.averted.shared.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;

/**
 * Browsers sign in with the authorization-code flow and then call /graphql with their session cookie;
 * API clients send bearer tokens. A /graphql call with neither would otherwise be redirected to the
 * login page: route it to the bearer-only "api" tenant so the client gets a plain 401.
 * <p>
 * Every other request is routed to the default tenant <em>explicitly</em>: answering {@code null} would let
 * Quarkus fall back to picking a tenant by path segment, and then any path with an {@code api} segment (the
 * UI's {@code src/features/*&#47;api/*.ts} modules in dev mode) went to the bearer-only tenant and got 401.
 */
@ApplicationScoped
public class ApiTenantResolver implements TenantResolver {

    static final String SESSION_COOKIE = "q_session";
    static final String BEARER_ONLY_TENANT = "api";
    /** The id Quarkus gives the unnamed tenant configured by {@code quarkus.oidc.*}. */
    static final String DEFAULT_TENANT = "Default";

    @Override
    public String resolve(RoutingContext context) {
        boolean api = context.normalizedPath().equals("/graphql") || context.normalizedPath().startsWith("/graphql/");
        boolean hasSession = context.request().cookies().stream().anyMatch(c -> c.getName().startsWith(SESSION_COOKIE));
        boolean hasToken = context.request().getHeader("Authorization") != null;
        return api && !hasSession && !hasToken ? BEARER_ONLY_TENANT : DEFAULT_TENANT;
    }
}
