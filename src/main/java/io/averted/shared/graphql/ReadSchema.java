package io.averted.shared.graphql;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.averted.shared.Keyset;

/**
 * The GraphQL types the SQL read path can answer, as the features describe them ({@link ReadModel}): for each type its
 * table and, for each field it supports, the SQL that gives the field's value. A field that is not described here is
 * answered by graphql-java, with the whole request.
 * <p>
 * SQL fragments name the row of the type {@code {t}} and, in {@link ReadType#many}, the linked row {@code {c}}.
 */
public final class ReadSchema {

    /** The arguments of a connection field (without {@code first} and {@code after}) → its order, or empty when the path cannot answer them. */
    public interface Order extends Function<Map<String, Object>, Optional<Keyset<?>>> {
    }

    sealed interface Field permits Column, MoneyField, One, Many, Connection, Embedded {
    }

    record Column(String sql) implements Field {
    }

    record MoneyField(String amountSql, boolean nullable) implements Field {
    }

    record One(String type, String foreignKey) implements Field {
    }

    record Many(String type, String from, String orderBy) implements Field {
    }

    record Connection(String type, String parentColumn, Order order) implements Field {
    }

    record Embedded(String type) implements Field {
    }

    /** A root field of Query: one row by id, or a connection over every row the caller may read. */
    sealed interface Root permits ById, ReadableRows {
    }

    record ById(String type) implements Root {
    }

    record ReadableRows(String type, Order order) implements Root {
    }

    private final Map<String, ReadType> types = new HashMap<>();
    private final Map<String, Root> roots = new HashMap<>();

    /** The GraphQL object type {@code name}: its owner gives its {@link ReadType#table}, other features may add fields. */
    public ReadType type(String name) {
        return types.computeIfAbsent(name, ReadType::new);
    }

    /** {@code Query.<field>(id: ID!)}: the row of {@code type} with that id, null when it does not exist or the caller may not read it. */
    public ReadSchema rootById(String field, String type) {
        roots.put(field, new ById(type));
        return this;
    }

    /** {@code Query.<field>(first, after)}: a connection over the rows of {@code type} the caller may read. */
    public ReadSchema rootConnection(String field, String type, Order order) {
        roots.put(field, new ReadableRows(type, order));
        return this;
    }

    ReadType described(String name) {
        ReadType type = types.get(name);
        return type == null || type.table == null && !type.embedded ? null : type;
    }

    Root root(String field) {
        return roots.get(field);
    }

    /** One type's fields. */
    public static final class ReadType {

        final String name;
        String table;
        String projectColumn;
        boolean embedded;
        final Map<String, Field> fields = new HashMap<>();

        private ReadType(String name) {
            this.name = name;
        }

        /**
         * Rows of the type live in {@code table}; {@code projectColumn} names the project a row belongs to ({@code id}
         * for the project itself), which decides who may read it and in which currency its money is.
         */
        public ReadType table(String table, String projectColumn) {
            this.table = table;
            this.projectColumn = projectColumn;
            return this;
        }

        /**
         * The type has no table: its fields are SQL over the row of the object it is a field of ({@link #embedded(String, String)}),
         * which is a project's.
         */
        public ReadType embedded() {
            this.embedded = true;
            return this;
        }

        /** A field whose object is read from this same row (a type marked {@link #embedded()}). */
        public ReadType embedded(String name, String type) {
            fields.put(name, new Embedded(type));
            return this;
        }

        /** Fields read as the column of the same name in snake case. */
        public ReadType columns(String... names) {
            for (String name : names) {
                column(name, "{t}." + name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT));
            }
            return this;
        }

        /** A field whose value is the SQL expression {@code sql} (JSON as PostgreSQL writes the SQL value). */
        public ReadType column(String name, String sql) {
            fields.put(name, new Column(sql));
            return this;
        }

        /** A {@code Money} field: the amount in {@code column}, in the currency of the row's project. */
        public ReadType money(String name, String column) {
            fields.put(name, new MoneyField("{t}." + column, true));
            return this;
        }

        /** A {@code Money} field whose amount is the SQL expression {@code sql}, never null, in the currency of the row's project. */
        public ReadType moneySql(String name, String sql) {
            fields.put(name, new MoneyField(sql, false));
            return this;
        }

        /** A link to the row of {@code type} whose id is in {@code foreignKey}; null when it is null. */
        public ReadType one(String name, String type, String foreignKey) {
            fields.put(name, new One(type, foreignKey));
            return this;
        }

        /** A list of rows of {@code type}: {@code from} is the FROM clause with its WHERE, in {@code orderBy}. */
        public ReadType many(String name, String type, String from, String orderBy) {
            fields.put(name, new Many(type, from, orderBy));
            return this;
        }

        /** A connection to the rows of {@code type} whose {@code parentColumn} holds this row's id. */
        public ReadType connection(String name, String type, String parentColumn, Order order) {
            fields.put(name, new Connection(type, parentColumn, order));
            return this;
        }

        String currencySql(String alias) {
            return "(select currency from project where id = " + alias + "." + projectColumn + ")";
        }
    }
}
