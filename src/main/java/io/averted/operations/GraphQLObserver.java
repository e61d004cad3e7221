package io.averted.operations;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.averted.shared.graphql.SqlReadServed;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.api.ErrorCode;

/**
 * What each GraphQL request did, for operators: a timer per operation name
 * ({@code averted_graphql_requests_seconds{operation,type,outcome}}), a counter per error code
 * ({@code averted_graphql_errors_total{code,kind}}: top-level errors and the {@code userErrors} of mutation payloads),
 * and one log line for each request slower than {@code averted.graphql.slow-request-threshold}.
 * <p>
 * Operation names come from clients, so the tag is bounded: a name that is not a GraphQL name of at most
 * {@value #MAX_NAME_LENGTH} characters is {@value #INVALID}, a request without one is {@value #ANONYMOUS}, and past
 * {@value #MAX_OPERATION_NAMES} distinct names every new one is {@value #OTHER}. Error codes are bounded the same way.
 * SmallRye GraphQL calls this through {@link Events}.
 */
@ApplicationScoped
@Unremovable // looked up by Events, which CDI does not see
public class GraphQLObserver {

    static final int MAX_OPERATION_NAMES = 200;
    static final int MAX_ERROR_CODES = 50;
    static final int MAX_NAME_LENGTH = 64;
    static final String ANONYMOUS = "anonymous";
    static final String INVALID = "invalid";
    static final String OTHER = "other";
    /** Far above the worker threads that can run executions at once. */
    static final int MAX_RUNNING = 1_000;
    static final Duration STALE = Duration.ofMinutes(10);

    private static final Logger SLOW = Logger.getLogger("io.averted.graphql.slow");
    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0," + (MAX_NAME_LENGTH - 1) + "}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    private final Set<String> operationNames = ConcurrentHashMap.newKeySet();
    private final Set<String> errorCodes = ConcurrentHashMap.newKeySet();
    /** Start of each running execution, by SmallRye's execution id. */
    private final Map<String, Long> started = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "averted.graphql.slow-request-threshold", defaultValue = "500ms")
    Duration slowRequestThreshold;

    void started(Context context) {
        long now = System.nanoTime();
        if (started.size() > MAX_RUNNING) {
            // An execution SmallRye never reported as ended (none is known, but the map must not grow without bound).
            started.values().removeIf(start -> now - start > STALE.toNanos());
        }
        started.put(context.getExecutionId(), now);
    }

    void finished(Context context, Throwable failure) {
        Long start = started.remove(context.getExecutionId());
        if (start == null) {
            return; // counted already (an execution ends once), or began before this observer existed
        }
        long nanos = System.nanoTime() - start;
        String operation = operationName(context);
        String type = operationType(context);
        ExecutionResult result = failure == null ? executionResult(context) : null;
        List<GraphQLError> errors = result == null ? List.of() : result.getErrors();

        for (GraphQLError error : errors) {
            countError(errorCode(error), "top-level");
        }
        if (failure != null) {
            countError("INTERNAL", "top-level");
        }
        if (result != null && "mutation".equals(type) && result.getData() instanceof Map<?, ?> data) {
            for (Object payload : data.values()) {
                if (payload instanceof Map<?, ?> fields && fields.get("userErrors") instanceof List<?> userErrors) {
                    for (Object userError : userErrors) {
                        if (userError instanceof Map<?, ?> e && e.get("code") != null) {
                            countError(e.get("code").toString(), "user");
                        }
                    }
                }
            }
        }
        record(operation, type, failure == null && errors.isEmpty() ? "success" : "error", nanos, errors.size() + (failure == null ? 0 : 1),
                GraphQLObserver::user);
    }

    /** A query the SQL read path answered: timed and logged as SmallRye's executions are. */
    void served(@Observes SqlReadServed read) {
        String operation = read.operationName() == null || read.operationName().isBlank() ? ANONYMOUS
                : bounded(read.operationName(), NAME, operationNames, MAX_OPERATION_NAMES);
        record(operation, "query", "success", read.nanos(), 0, read::user);
    }

    /** {@code user} is asked only for a slow request. */
    private void record(String operation, String type, String outcome, long nanos, int errors, Supplier<String> user) {
        Timer.builder("averted.graphql.requests")
                .description("GraphQL requests by operation name, from parsing to the answer")
                .tag("operation", operation)
                .tag("type", type)
                .tag("outcome", outcome)
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);

        if (nanos >= slowRequestThreshold.toNanos()) {
            SLOW.warnf("Slow GraphQL request: operation=%s type=%s user=%s duration=%dms errors=%d", operation, type, user.get(),
                    TimeUnit.NANOSECONDS.toMillis(nanos), errors);
        }
    }

    private void countError(String code, String kind) {
        Counter.builder("averted.graphql.errors")
                .description("GraphQL errors by code: top-level errors, and userErrors returned by mutations")
                .tag("code", bounded(code, CODE, errorCodes, MAX_ERROR_CODES))
                .tag("kind", kind)
                .register(registry)
                .increment();
    }

    /** The request's operation name as a bounded tag value. */
    String operationName(Context context) {
        String name = context.getOperationName().filter(n -> !n.isBlank()).orElse(null);
        if (name == null) {
            OperationDefinition operation = operation(context);
            name = operation == null ? null : operation.getName();
        }
        return name == null ? ANONYMOUS : bounded(name, NAME, operationNames, MAX_OPERATION_NAMES);
    }

    static String bounded(String value, Pattern allowed, Set<String> seen, int max) {
        if (!allowed.matcher(value).matches()) {
            return INVALID;
        }
        if (seen.contains(value)) {
            return value;
        }
        if (seen.size() >= max) {
            return OTHER;
        }
        seen.add(value);
        return value;
    }

    /** query, mutation or subscription: of the operation the request runs, as the parsed document declares it. */
    private static String operationType(Context context) {
        OperationDefinition operation = operation(context);
        return operation == null || operation.getOperation() == null ? "unknown" : operation.getOperation().name().toLowerCase(Locale.ROOT);
    }

    /** The operation of the document that runs: the one named by the request, else the only one. */
    private static OperationDefinition operation(Context context) {
        try {
            Document document = context.unwrap(Document.class);
            if (document == null) {
                return null;
            }
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            String name = context.getOperationName().orElse(null);
            for (OperationDefinition operation : operations) {
                if (name == null || name.equals(operation.getName())) {
                    return operation;
                }
            }
            return null;
        } catch (RuntimeException e) {
            return null; // a document that does not parse has no operation
        }
    }

    private static ExecutionResult executionResult(Context context) {
        try {
            return context.unwrap(ExecutionResult.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The code the client sees in {@code extensions.code}: an exception's {@code @ErrorCode} (FORBIDDEN, BAD_ARGUMENT,
     * SIMULATION_REFUSED, ...), UNAUTHORIZED, VALIDATION for Bean Validation, INTERNAL for any other exception (a bug),
     * and graphql-java's classification (InvalidSyntax, ValidationError, ...) for a request it refused before running.
     */
    static String errorCode(GraphQLError error) {
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code != null) {
            return code.toString();
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            for (Throwable cause = fetching.getException(); cause != null; cause = cause.getCause()) {
                ErrorCode annotated = cause.getClass().getAnnotation(ErrorCode.class);
                if (annotated != null) {
                    return annotated.value();
                }
                String name = cause.getClass().getSimpleName();
                if (name.equals("UnauthorizedException") || name.equals("AuthenticationFailedException")) {
                    return "UNAUTHORIZED";
                }
                if (name.equals("ForbiddenException")) {
                    return "FORBIDDEN";
                }
                if (name.equals("ConstraintViolationException")) {
                    return "VALIDATION";
                }
            }
            return "INTERNAL";
        }
        return error.getErrorType() == null ? "UNKNOWN" : error.getErrorType().toString();
    }

    private static String user() {
        if (!Arc.container().requestContext().isActive()) {
            return "unknown";
        }
        SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
        return identity == null || identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }

    /**
     * SmallRye GraphQL's hook around each execution (registered in META-INF/services). SmallRye creates it with the
     * service loader, not CDI, so it hands each event to the {@link GraphQLObserver} bean.
     */
    public static final class Events implements io.smallrye.graphql.spi.EventingService {

        private volatile GraphQLObserver observer;

        /** No configuration key: always on. */
        @Override
        public String getConfigKey() {
            return null;
        }

        @Override
        public void beforeExecute(Context context) {
            GraphQLObserver observer = observer();
            if (observer != null) {
                observer.started(context);
            }
        }

        @Override
        public void afterExecute(Context context) {
            finished(context, null);
        }

        @Override
        public void errorExecute(Context context, Throwable failure) {
            finished(context, failure);
        }

        /** Observing never fails a request: a metrics or logging problem is logged and the answer goes out. */
        private void finished(Context context, Throwable failure) {
            GraphQLObserver observer = observer();
            try {
                if (observer != null) {
                    observer.finished(context, failure);
                }
            } catch (RuntimeException e) {
                Logger.getLogger(GraphQLObserver.class).debug("Could not record a GraphQL request", e);
            }
        }

        private GraphQLObserver observer() {
            GraphQLObserver current = observer;
            if (current == null && Arc.container() != null) {
                current = Arc.container().instance(GraphQLObserver.class).get();
                observer = current;
            }
            return current;
        }
    }
}
