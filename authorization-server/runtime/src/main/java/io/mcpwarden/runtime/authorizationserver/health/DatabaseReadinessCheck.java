package io.mcpwarden.runtime.authorizationserver.health;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.mcpwarden.runtime.authorizationserver.AuthorizationServer;
import io.mcpwarden.runtime.authorizationserver.config.AuthorizationServerConfig;
import io.quarkus.agroal.DataSource;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Readiness: the built-in authorization server can use its database. Each probe runs one cheap query on a worker
 * thread (it reads the signing keys table, so it also finds a database that lost its schema), and is down when it
 * fails or takes longer than {@value #TIMEOUT_SECONDS} seconds. A failed query also has the pool drop the connections
 * that are no longer valid, so that the server recovers as soon as the database is back. The health answer never
 * holds the error: it goes to the log, once each time the database becomes unusable. Up with
 * {@code authorization-server=off} when the authorization server is disabled.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements AsyncHealthCheck {

    static final String NAME = "MCP Warden authorization server database";
    static final int TIMEOUT_SECONDS = 3;
    static final String VALIDATION_QUERY = "SELECT COUNT(*) FROM warden_signing_key";
    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class);

    private final AtomicBoolean down = new AtomicBoolean();

    @Inject
    AuthorizationServerConfig config;

    @Inject
    @DataSource(AuthorizationServer.DATASOURCE)
    Instance<AgroalDataSource> dataSource;

    @Override
    public Uni<HealthCheckResponse> call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (!config.enabled()) {
            return Uni.createFrom().item(response.up().withData("authorization-server", "off").build());
        }
        return Uni.createFrom().item(this::validate)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(ignored -> {
                    if (down.compareAndSet(true, false)) {
                        LOG.info("The authorization server's database is reachable again");
                    }
                    return response.up().withData("database", "reachable").build();
                })
                .ifNoItem().after(Duration.ofSeconds(TIMEOUT_SECONDS))
                .failWith(() -> new SQLException("no answer within " + TIMEOUT_SECONDS + " s"))
                .onFailure().recoverWithItem(failure -> {
                    if (down.compareAndSet(false, true)) {
                        LOG.warn("The authorization server's database is unusable: readiness is down", failure);
                    }
                    return response.down().withData("database", "unreachable").build();
                });
    }

    private Long validate() {
        AgroalDataSource pool = dataSource.get();
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(VALIDATION_QUERY)) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            // The pool keeps connections the database dropped until its background validation: remove them now,
            // so that the server (and the next probe) get new ones as soon as the database is back.
            pool.flush(AgroalDataSource.FlushMode.INVALID);
            throw new IllegalStateException(e);
        }
    }
}
