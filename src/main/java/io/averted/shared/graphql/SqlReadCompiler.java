package io.averted.shared.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import graphql.language.OperationDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.averted.shared.Ids;
import io.averted.shared.Keyset;
import io.averted.shared.OrderDirection;
import io.averted.shared.PageRequest;
import io.averted.shared.graphql.ReadSchema.ReadType;

/**
 * Turns one GraphQL query into one SQL statement whose single value is the JSON text of the answer's {@code data}:
 * each object the concatenation of its response keys, in the order graphql-java writes them, and its values; each list
 * a {@code string_agg} in the order the resolvers give; each connection a keyset page. It refuses ({@link Unsupported})
 * any field, argument or type {@link ReadSchema} does not describe; the request then goes to graphql-java whole.
 * <p>
 * Why text and not {@code json_build_object}: PostgreSQL looks up how to write each argument of a
 * {@code json_build_object} on every call, and a register page has about 2,400 keys and values; concatenating text
 * written by each value's own output function took half the time (bench/README.md). A value is written by its GraphQL
 * type: an ID (a uuid) and a number as PostgreSQL prints them, a string, an enum or any other scalar through
 * {@code to_json}, which escapes it. Every value is text and never null ({@code 'null'} instead).
 */
final class SqlReadCompiler {

    /** The SQL read path cannot answer this request; graphql-java will. */
    static final class Unsupported extends Exception {
        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    /** Who asks: what {@code ProjectAccess.readable} decides on. */
    record Caller(String username, String subject, boolean admin) {
    }

    /** The statement and its parameters, in order. */
    record Statement(String sql, List<Object> parameters) {
    }

    private static final Pattern ROW = Pattern.compile("\\br\\.");
    /**
     * Scalars PostgreSQL prints as JSON numbers or booleans. Never NaN: every write comes through BigDecimal and
     * integers, which have none.
     */
    private static final Set<String> PRINTED_AS_IS = Set.of("Int", "Float", "BigInteger", "BigDecimal", "Boolean");

    private final ReadSchema schema;
    private final GraphQLSchema graphQL;
    private final Caller caller;
    private final StringBuilder sql = new StringBuilder(512);
    private final List<Object> parameters = new ArrayList<>();
    private int aliases;
    /** The alias of the project row the object being written belongs to, if one encloses it: its currency is theirs. */
    private String project;

    private SqlReadCompiler(ReadSchema schema, GraphQLSchema graphQL, Caller caller) {
        this.schema = schema;
        this.graphQL = graphQL;
        this.caller = caller;
    }

    static Statement compile(ReadSchema schema, GraphQLSchema graphQL, ExecutableNormalizedOperation operation, Caller caller)
            throws Unsupported {
        if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
            throw new Unsupported("not a query");
        }
        SqlReadCompiler compiler = new SqlReadCompiler(schema, graphQL, caller);
        compiler.sql.append("select ");
        compiler.query(operation.getTopLevelFields());
        return new Statement(compiler.sql.toString(), compiler.parameters);
    }

    private void query(List<ExecutableNormalizedField> fields) throws Unsupported {
        for (int i = 0; i < fields.size(); i++) {
            ExecutableNormalizedField field = fields.get(i);
            key(i, field);
            if (field.getFieldName().equals("__typename")) {
                typeName("Query");
                continue;
            }
            ReadSchema.Root root = schema.root(field.getFieldName());
            if (root instanceof ReadSchema.ById byId) {
                rowById(schema.described(byId.type()), field);
            } else if (root instanceof ReadSchema.ReadableRows rows) {
                connection(schema.described(rows.type()), rows.order(), field, alias -> readable(alias + ".id"));
            } else {
                throw new Unsupported("root field " + field.getFieldName());
            }
        }
        sql.append(" || '}'");
    }

    private void rowById(ReadType type, ExecutableNormalizedField field) throws Unsupported {
        if (type == null) {
            throw new Unsupported("type");
        }
        UUID id = Ids.parse(String.valueOf(field.getResolvedArguments().get("id"))).orElse(null);
        if (id == null) {
            sql.append("'null'"); // an id that is not ours names nothing, as in the resolvers
            return;
        }
        String alias = alias();
        sql.append("coalesce((select ");
        object(type, field.getChildren(), alias);
        sql.append(" from ").append(type.table).append(' ').append(alias).append(" where ").append(alias).append(".id = ?");
        parameters.add(id);
        sql.append(" and ");
        readable(alias + "." + type.projectColumn);
        sql.append("), 'null')");
    }

    /** The condition of ProjectAccess.readable over the project id {@code projectId}. */
    private void readable(String projectId) {
        if (caller.admin()) {
            sql.append("true");
            return;
        }
        sql.append("exists (select 1 from project_member m where m.project_id = ").append(projectId)
                .append(" and m.username = ? and (m.subject is null or m.subject = ?))");
        parameters.add(caller.username());
        parameters.add(caller.subject() == null ? NullText.INSTANCE : caller.subject());
    }

    /** A null text parameter (the JDBC type must be known). */
    enum NullText {
        INSTANCE
    }

    private void object(ReadType type, List<ExecutableNormalizedField> selection, String alias) throws Unsupported {
        if (type == null) {
            throw new Unsupported("type");
        }
        String enclosing = project;
        if ("project".equals(type.table)) {
            project = alias; // every row linked from a project belongs to it
        }
        for (int i = 0; i < selection.size(); i++) {
            ExecutableNormalizedField field = selection.get(i);
            if (!field.getObjectTypeNames().equals(Set.of(type.name))) {
                throw new Unsupported("abstract selection");
            }
            key(i, field);
            value(type, field, alias);
        }
        sql.append(" || '}'");
        project = enclosing;
    }

    private void value(ReadType type, ExecutableNormalizedField field, String alias) throws Unsupported {
        if (field.getFieldName().equals("__typename")) {
            typeName(type.name);
            return;
        }
        ReadSchema.Field described = type.fields.get(field.getFieldName());
        if (described == null) {
            throw new Unsupported(type.name + "." + field.getFieldName());
        }
        if (!(described instanceof ReadSchema.Connection) && !field.getResolvedArguments().isEmpty()) {
            throw new Unsupported("arguments of " + field.getFieldName());
        }
        if (described instanceof ReadSchema.Column column) {
            scalar(field, column.sql().replace("{t}", alias));
        } else if (described instanceof ReadSchema.MoneyField money) {
            money(type, money.amountSql().replace("{t}", alias), money.nullable(), field, alias);
        } else if (described instanceof ReadSchema.One one) {
            ReadType target = schema.described(one.type());
            String linked = alias();
            sql.append("coalesce((select ");
            object(target, field.getChildren(), linked);
            sql.append(" from ").append(target.table).append(' ').append(linked).append(" where ").append(linked)
                    .append(".id = ").append(alias).append('.').append(one.foreignKey()).append("), 'null')");
        } else if (described instanceof ReadSchema.Many many) {
            ReadType target = schema.described(many.type());
            String linked = alias();
            sql.append("coalesce((select '[' || string_agg(");
            object(target, field.getChildren(), linked);
            sql.append(", ',' order by ").append(many.orderBy().replace("{c}", linked)).append(") || ']' from ")
                    .append(many.from().replace("{c}", linked).replace("{t}", alias)).append("), '[]')");
        } else if (described instanceof ReadSchema.Embedded embedded) {
            object(schema.described(embedded.type()), field.getChildren(), alias);
        } else if (described instanceof ReadSchema.Connection connection) {
            connection(schema.described(connection.type()), connection.order(), field,
                    linked -> sql.append(linked).append('.').append(connection.parentColumn()).append(" = ").append(alias).append(".id"));
        }
    }

    private void money(ReadType type, String amount, boolean nullable, ExecutableNormalizedField field, String alias) throws Unsupported {
        List<ExecutableNormalizedField> selection = field.getChildren();
        if (nullable) {
            sql.append("case when ").append(amount).append(" is null then 'null' else ");
        }
        for (int i = 0; i < selection.size(); i++) {
            ExecutableNormalizedField money = selection.get(i);
            key(i, money);
            switch (money.getFieldName()) {
                case "amount" -> sql.append("money_round(").append(amount).append(")::text");
                case "currency" -> sql.append("coalesce(to_json(").append(currency(type, alias)).append(")::text, 'null')");
                case "__typename" -> typeName("Money");
                default -> throw new Unsupported("Money." + money.getFieldName());
            }
        }
        sql.append(" || '}'");
        if (nullable) {
            sql.append(" end");
        }
    }

    private String currency(ReadType type, String alias) throws Unsupported {
        if (project != null) {
            return project + ".currency";
        }
        if (type.embedded) {
            throw new Unsupported("money outside a project");
        }
        return type.currencySql(alias);
    }

    /** A connection's {@code nodes} (one keyset page) and {@code totalCount}; rows where {@code where} holds. */
    private void connection(ReadType target, ReadSchema.Order order, ExecutableNormalizedField field, Consumer<String> where)
            throws Unsupported {
        if (target == null) {
            throw new Unsupported("type");
        }
        Map<String, Object> arguments = new java.util.HashMap<>(field.getResolvedArguments());
        Object first = arguments.remove("first");
        if (arguments.remove("after") != null) {
            throw new Unsupported("after"); // a cursor is read, and refused when forged, by graphql-java's resolvers
        }
        Keyset<?> keyset = order.apply(arguments).orElseThrow(() -> new Unsupported("arguments of " + field.getFieldName()));
        int size = PageRequest.size(pageSize(first));
        List<ExecutableNormalizedField> selection = field.getChildren();
        for (int i = 0; i < selection.size(); i++) {
            ExecutableNormalizedField part = selection.get(i);
            key(i, part);
            switch (part.getFieldName()) {
                case "nodes" -> {
                    String row = alias();
                    String orderBy = orderBy(keyset, row);
                    sql.append("coalesce((select '[' || string_agg(");
                    object(target, part.getChildren(), row);
                    sql.append(", ',' order by ").append(orderBy).append(") || ']' from (select * from ").append(target.table)
                            .append(' ').append(row).append(" where ");
                    where.accept(row);
                    sql.append(" order by ").append(orderBy).append(" limit ?) ").append(row).append("), '[]')");
                    parameters.add(size);
                }
                case "totalCount" -> {
                    String row = alias();
                    sql.append("(select count(*) from ").append(target.table).append(' ').append(row).append(" where ");
                    where.accept(row);
                    sql.append(")::text");
                }
                case "__typename" -> typeName(part.getSingleObjectTypeName());
                default -> throw new Unsupported("connection field " + part.getFieldName());
            }
        }
        sql.append(" || '}'");
    }

    /** A scalar column's value as JSON text, written as its GraphQL type says (see the class comment). */
    private void scalar(ExecutableNormalizedField field, String value) {
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinitions(graphQL).get(0).getType());
        String name = type instanceof GraphQLScalarType scalar ? scalar.getName() : "";
        sql.append("coalesce(");
        if (name.equals("ID")) {
            sql.append("'\"' || (").append(value).append(")::uuid || '\"'"); // a uuid needs no escaping; any other id fails here
        } else if (PRINTED_AS_IS.contains(name)) {
            sql.append('(').append(value).append(")::text");
        } else {
            sql.append("to_json(").append(value).append(")::text");
        }
        sql.append(", 'null')");
    }

    /** SmallRye's Int scalar lets any integer through coercion; one that is not an int is refused by the resolvers. */
    private static Integer pageSize(Object first) throws Unsupported {
        if (first == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(first.toString()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new Unsupported("first: " + first);
        }
    }

    /** The keyset's ORDER BY over the row alias {@code row} (keysets name their row {@code r}). */
    private static String orderBy(Keyset<?> keyset, String row) {
        String direction = keyset.direction() == OrderDirection.ASC ? " asc" : " desc";
        return ROW.matcher(keyset.keySql()).replaceAll(row + ".") + direction + ", " + row + ".id" + direction;
    }

    /** A {@code __typename} value: a GraphQL name, letters, digits and underscores only, so it needs no escaping. */
    private void typeName(String name) {
        sql.append("'\"").append(name).append("\"'");
    }

    /** Opens the object before its first key; response keys are GraphQL names: letters, digits and underscores only. */
    private void key(int index, ExecutableNormalizedField field) {
        sql.append(index == 0 ? "'{\"" : " || ',\"").append(field.getResultKey()).append("\":' || ");
    }

    private String alias() {
        return "a" + (++aliases);
    }
}
