package io.averted.production;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server in its own process, for the production suite: the server binaries the embedded extension
 * ships (zonky, PostgreSQL 14), so the suite needs nothing installed and runs the same on every machine. It can be
 * stopped and started again on the same data directory and port, as a database restart would.
 */
final class Database {

    static final String NAME = "averted";
    static final String USER = "averted";
    static final String PASSWORD = "averted-it";

    private final Path dataDirectory;
    private final File log;
    private final int port;
    private EmbeddedPostgres server;

    private Database(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.log = dataDirectory.resolveSibling("postgresql.log").toFile();
        this.port = port;
    }

    /** A new, empty server with the application's database and its owner (not a superuser). */
    static Database create(Path dataDirectory, int port) {
        Processes.deleteRecursively(dataDirectory);
        Database database = new Database(dataDirectory, port);
        database.start();
        database.execute("postgres", "create role " + USER + " login password '" + PASSWORD + "'");
        database.execute("postgres", "create database " + NAME + " owner " + USER);
        return database;
    }

    synchronized void start() {
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // Acknowledged means durable: the zonky default turns synchronous commit off.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(Redirect.appendTo(log))
                    .setErrorRedirector(Redirect.appendTo(log))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start; see " + log, e);
        }
    }

    /** Stops the server as an operator would ({@code pg_ctl stop -m fast}): open sessions are ended. */
    synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new IllegalStateException("PostgreSQL did not stop; see " + log, e);
            }
            server = null;
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** A superuser connection, for setting up and for checking what the application left behind. */
    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    void execute(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
