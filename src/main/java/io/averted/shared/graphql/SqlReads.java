package io.averted.shared.graphql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.validation.Validator;
import io.averted.shared.security.GlobalRole;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The SQL read path: answers a GraphQL query that reads only what the features' {@link ReadModel}s describe with one
 * SQL statement that PostgreSQL turns into the answer's JSON, instead of graphql-java resolving each of its fields
 * (about 1,750 for a register page of 50 risks). Anything else — mutations, fields not described, cursors, filters, a
 * document graphql-java would refuse — goes on to SmallRye GraphQL unchanged, as does every request when a database
 * error occurs here. The answers are the same as graphql-java's, key for key (SqlReadsEquivalenceTest).
 * <p>
 * It runs after authentication and after {@code GraphQLRequestGuard}, on a worker thread, and decides who may read
 * what exactly as {@code ProjectAccess.readable} does.
 */
@ApplicationScoped
public class SqlReads {

    private static final Logger LOG = Logger.getLogger(SqlReads.class);
    /** After Quarkus's authentication and authorization handlers (orders -200 and -100), before SmallRye GraphQL's route. */
    static final int ROUTE_ORDER = -50;
    static final String DEFAULT_CONTENT_TYPE = "application/graphql-response+json; charset=UTF-8";

    @Inject
    Instance<ReadModel> models;

    @Inject
    Instance<GraphQLSchema> graphQLSchema;

    @Inject
    DataSource dataSource;

    @Inject
    Event<SqlReadServed> served;

    /** Volatile: tests switch it from their own thread while the event loop reads it. */
    @ConfigProperty(name = "averted.graphql.sql-reads.enabled", defaultValue = "true")
    volatile boolean enabled;

    @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-depth")
    int maxDepth;

    @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity")
    int maxFields;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens")
    int maxTokens;

    /** Requests answered here, for tests and the curious. */
    private final java.util.concurrent.atomic.LongAdder answered = new java.util.concurrent.atomic.LongAdder();
    private ReadSchema schema;
    private volatile GraphQLSchema executable;
    /** Parsed and validated documents by query text; empty for a text the path does not answer. */
    private final Cache<String, Optional<Document>> documents = Caffeine.newBuilder().maximumSize(1_000).build();

    @PostConstruct
    void describe() {
        schema = new ReadSchema();
        models.forEach(model -> model.describe(schema));
    }

    void install(@Observes Router router) {
        router.post("/graphql").order(ROUTE_ORDER).handler(this::handle);
    }

    /** For tests: answer everything with graphql-java. */
    void enable(boolean enabled) {
        this.enabled = enabled;
    }

    long answered() {
        return answered.sum();
    }

    private void handle(RoutingContext context) {
        String contentType = responseContentType(context.request().getHeader(HttpHeaders.ACCEPT));
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (!enabled || contentType == null || identity == null || identity.isAnonymous() || context.body().length() == 0) {
            context.next();
            return;
        }
        long start = System.nanoTime();
        context.vertx().executeBlocking(() -> answer(context.body().asJsonObject(), identity), false).onComplete(result -> {
            if (result.succeeded() && result.result() != null) {
                answered.increment();
                context.response().putHeader(HttpHeaders.CONTENT_TYPE, contentType).end(result.result().body());
                served.fire(new SqlReadServed(result.result().operationName(), identity.getPrincipal().getName(), System.nanoTime() - start));
            } else {
                if (result.failed()) {
                    LOG.debugf(result.cause(), "The SQL read path failed; graphql-java answers");
                }
                context.next();
            }
        });
    }

    /**
     * The answer's body, as bytes: PostgreSQL's UTF-8 JSON is sent as it arrives, never decoded into a String. The
     * operation's name is the document's, as SmallRye reports it.
     */
    record Answer(Buffer body, String operationName) {
    }

    /** The answer's body, or null when graphql-java should answer. */
    Answer answer(JsonObject body, SecurityIdentity identity) throws SQLException {
        if (!(body.getValue("query") instanceof String query)) {
            return null;
        }
        SqlReadCompiler.Caller caller = caller(identity);
        if (caller == null) {
            return null; // a token without Averted's roles sees nothing: graphql-java says so
        }
        String operationName = body.getValue("operationName") instanceof String name ? name : null;
        Document document = documents.get(query, this::parse).orElse(null);
        OperationDefinition operation = document == null ? null : operation(document, operationName);
        if (operation == null || !withinLimits(document, operation)) {
            return null;
        }
        SqlReadCompiler.Statement statement;
        try {
            Object variables = body.getValue("variables");
            CoercedVariables coerced = ValuesResolver.coerceVariableValues(schema(), operation.getVariableDefinitions(),
                    RawVariables.of(variables instanceof JsonObject json ? json.getMap() : Map.of()), GraphQLContext.getDefault(), Locale.ENGLISH);
            GraphQLSchema graphQL = schema();
            statement = SqlReadCompiler.compile(schema, graphQL,
                    ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(graphQL, document, operationName, coerced), caller);
        } catch (SqlReadCompiler.Unsupported e) {
            LOG.tracef("The SQL read path does not answer: %s", e.getMessage());
            return null;
        } catch (RuntimeException e) {
            return null; // variables that do not coerce: graphql-java's errors say which
        }
        return new Answer(Buffer.buffer(DATA).appendBytes(run(statement)).appendByte((byte) '}'), operation.getName());
    }

    private static final byte[] DATA = "{\"data\":".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** The statement's one value: the JSON text's bytes as the driver received them (the connection is UTF-8). */
    private byte[] run(SqlReadCompiler.Statement statement) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            List<Object> parameters = statement.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                Object parameter = parameters.get(i);
                if (parameter instanceof SqlReadCompiler.NullText) {
                    prepared.setNull(i + 1, Types.VARCHAR);
                } else if (parameter instanceof UUID || parameter instanceof Integer || parameter instanceof String) {
                    prepared.setObject(i + 1, parameter);
                } else {
                    throw new IllegalStateException("parameter type " + parameter.getClass());
                }
            }
            try (ResultSet result = prepared.executeQuery()) {
                result.next();
                return result.getBytes(1);
            }
        }
    }

    private Optional<Document> parse(String query) {
        try {
            ParserOptions options = ParserOptions.getDefaultParserOptions().transform(o -> o.maxTokens(maxTokens));
            Document document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build());
            return new Validator().validateDocument(schema(), document, Locale.ENGLISH).isEmpty() ? Optional.of(document) : Optional.empty();
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The depth and size limits SmallRye GraphQL enforces, counted so that this path never answers a query graphql-java
     * would refuse: every field occurrence counts, fragments counted where they are spread.
     */
    private boolean withinLimits(Document document, OperationDefinition operation) {
        Map<String, FragmentDefinition> fragments = new java.util.HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        int[] fields = {0};
        return depth(operation.getSelectionSet(), fragments, fields, 0) <= maxDepth && fields[0] <= maxFields;
    }

    /** The operation the request runs: the one it names, or the only one; null when that is ambiguous. */
    private static OperationDefinition operation(Document document, String operationName) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operationName == null) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(o -> operationName.equals(o.getName())).findFirst().orElse(null);
    }

    private static int depth(SelectionSet selections, Map<String, FragmentDefinition> fragments, int[] fields, int level) {
        if (selections == null || level > 64) {
            return level;
        }
        int deepest = level;
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                fields[0]++;
                deepest = Math.max(deepest, depth(field.getSelectionSet(), fragments, fields, level + 1));
            } else if (selection instanceof InlineFragment inline) {
                deepest = Math.max(deepest, depth(inline.getSelectionSet(), fragments, fields, level));
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                deepest = Math.max(deepest, depth(fragments.get(spread.getName()).getSelectionSet(), fragments, fields, level));
            }
        }
        return deepest;
    }

    private GraphQLSchema schema() {
        GraphQLSchema current = executable;
        if (current == null) {
            current = graphQLSchema.get();
            executable = current;
        }
        return current;
    }

    /** As CurrentUser and ProjectAccess see the caller; null without any of Averted's roles. */
    private static SqlReadCompiler.Caller caller(SecurityIdentity identity) {
        boolean anyRole = false;
        for (GlobalRole role : GlobalRole.values()) {
            anyRole |= identity.hasRole(role.tokenName());
        }
        if (!anyRole) {
            return null;
        }
        String subject = identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt ? jwt.getSubject() : null;
        return new SqlReadCompiler.Caller(identity.getPrincipal().getName(), subject, identity.hasRole(GlobalRole.ADMIN.tokenName()));
    }

    /**
     * The content type SmallRye GraphQL answers with for this Accept header, or null for one this path leaves to it:
     * the first media type the client accepts, the default when it accepts anything.
     */
    static String responseContentType(String accept) {
        if (accept == null || accept.isBlank()) {
            return DEFAULT_CONTENT_TYPE;
        }
        String first = accept.split(",", 2)[0].strip();
        String type = first.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.equals("*/*")) {
            return DEFAULT_CONTENT_TYPE;
        }
        return type.equals("application/json") || type.equals("application/graphql-response+json") ? first : null;
    }
}
