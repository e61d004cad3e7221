package io.averted.shared.security;

import java.io.IOException;
import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks a POST to /graphql before SmallRye GraphQL sees it, and answers what it would have failed on with a plain
 * 4xx and a GraphQL-shaped error instead of a 500:
 * <ul>
 * <li>the body must be JSON ({@code application/json} or {@code application/graphql-response+json}): a form or
 * {@code text/plain} POST is what a cross-site page can send with the user's cookie without a preflight;</li>
 * <li>a request signed in by the session cookie (not a bearer token) must come from this site: a cross-site
 * {@code Origin} or {@code Sec-Fetch-Site} is refused;</li>
 * <li>the JSON must be an object with a string {@code query}, an object (or no) {@code variables}, a string (or no)
 * {@code operationName}, and nest at most {@value #MAX_DEPTH} levels.</li>
 * </ul>
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    static final int MAX_DEPTH = 64;
    /** Bodies above this size are refused before they are read into memory (a 10,000-row CSV is far smaller). */
    static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, "/graphql").order(Integer.MIN_VALUE)
                .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
                .handler(this::check);
    }

    private void check(RoutingContext context) {
        String refusal = refusal(context);
        if (refusal == null) {
            context.next();
            return;
        }
        int status = refusal.startsWith("415") ? 415 : refusal.startsWith("403") ? 403 : 400;
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(new JsonObject()
                        .put("message", refusal.substring(4))
                        .put("extensions", new JsonObject().put("code", status == 403 ? "FORBIDDEN" : "BAD_REQUEST")))).encode());
    }

    /** Why the request is refused, as "status message", or null. */
    static String refusal(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String mediaType = type == null ? "" : type.split(";")[0].strip().toLowerCase();
        if (!mediaType.equals("application/json") && !mediaType.equals("application/graphql-response+json")) {
            return "415 POST a JSON body with Content-Type: application/json.";
        }
        boolean bySession = context.request().getHeader(HttpHeaders.AUTHORIZATION) == null;
        if (bySession && crossSite(context)) {
            return "403 Cross-site requests are not accepted with the session cookie.";
        }
        return malformed(context.body().buffer());
    }

    private static boolean crossSite(RoutingContext context) {
        String fetchSite = context.request().getHeader("Sec-Fetch-Site");
        if (fetchSite != null && fetchSite.equalsIgnoreCase("cross-site")) {
            return true;
        }
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false; // same-origin GET-less fetches of old browsers and non-browser clients send none
        }
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null) {
                return true; // "null": a sandboxed or opaque origin
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            String host = context.request().authority() == null ? null : context.request().authority().toString();
            return host == null || !authority.equalsIgnoreCase(host) && !authority.equalsIgnoreCase(stripDefaultPort(host));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static String stripDefaultPort(String host) {
        return host.endsWith(":80") || host.endsWith(":443") ? host.substring(0, host.lastIndexOf(':')) : host;
    }

    static String malformed(Buffer body) {
        if (body == null || body.length() == 0) {
            return "400 The request body is empty; send {\"query\": \"…\", \"variables\": {…}}.";
        }
        try (JsonParser parser = JSON.createParser(body.getBytes())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "400 The request body must be a JSON object: {\"query\": \"…\", \"variables\": {…}}.";
            }
            boolean hasQuery = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "query" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            return "400 `query` must be a string.";
                        }
                        hasQuery = true;
                    }
                    case "operationName" -> {
                        if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                            return "400 `operationName` must be a string.";
                        }
                    }
                    case "variables", "extensions" -> {
                        if (value != JsonToken.START_OBJECT && value != JsonToken.VALUE_NULL) {
                            return "400 `" + field + "` must be an object.";
                        }
                    }
                    default -> {
                    }
                }
                parser.skipChildren();
            }
            if (parser.nextToken() != null) {
                return "400 The request body holds more than one JSON value.";
            }
            return hasQuery ? null : "400 The request has no `query`.";
        } catch (IOException | RuntimeException e) {
            // Jackson's own message may name classes; say what is wrong in words.
            return e.getMessage() != null && e.getMessage().contains("nesting depth")
                    ? "400 The JSON nests deeper than " + MAX_DEPTH + " levels."
                    : "400 The request body is not valid JSON.";
        }
    }
}
