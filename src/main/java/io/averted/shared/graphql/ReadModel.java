package io.averted.shared.graphql;

/**
 * A feature's part of the SQL read path ({@link SqlReads}): how its GraphQL types and root fields read straight from
 * its own tables. Each feature describes only its own types; a type may link to another feature's type by name.
 */
public interface ReadModel {

    void describe(ReadSchema schema);
}
