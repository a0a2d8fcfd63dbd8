package io.mcpwarden.deployment.authorizationserver.test;

/**
 * A database server in its own process that a test can take away and bring back: {@link H2ServerProcess} when the
 * tests run on H2, {@link PostgresServer} when they run on PostgreSQL.
 */
public interface DatabaseServer {

    /** The JDBC URL of a database on this server, as a remote database is configured. */
    String jdbcUrl(String database);

    /** Starts the server on its port and files; returns once it accepts connections. */
    void start();

    /** Stops the server: every connection to it breaks, new ones are refused. */
    void stop() throws Exception;
}
