package io.mcpwarden.it.observability.as;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Readiness includes the authorization server's database: up while it answers, down (503, without the error's
 * text) while it is gone, and up again once it is back, without a restart.
 */
@QuarkusTest
@QuarkusTestResource(AuthorizationServerTestApp.class)
class DatabaseReadinessTest {

    private static final String CHECK = "checks.find { it.name == 'MCP Warden authorization server database' }";

    @Test
    void readyWhileTheDatabaseAnswers() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(CHECK + ".status", equalTo("UP"))
                .body(CHECK + ".data.database", equalTo("reachable"));
    }

    @Test
    void notReadyWhileTheDatabaseIsGoneAndReadyAgainWhenItIsBack() {
        var config = ConfigProvider.getConfig();
        int port = config.getValue(AuthorizationServerTestApp.DATABASE_PORT, Integer.class);
        String password = config.getValue(AuthorizationServerTestApp.DATABASE_PASSWORD, String.class);
        String directory = config.getValue(AuthorizationServerTestApp.DATABASE_DIRECTORY, String.class);
        String jdbcUrl = config.getValue("quarkus.datasource.warden.jdbc.url", String.class);

        AuthorizationServerTestApp.Database.stop(port, password);
        try {
            // The shutdown reaches the server, and its sessions, a moment after the call returns: probe until the
            // check sees it (or the deadline passes and the assertion below fails).
            long stopDeadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            Response down = given().get("/q/health/ready");
            while (down.statusCode() != 503 && System.nanoTime() < stopDeadline) {
                sleep();
                down = given().get("/q/health/ready");
            }
            assertThat(down.statusCode()).as(down.asString()).isEqualTo(503);
            assertThat(down.<String> path("status")).isEqualTo("DOWN");
            assertThat(down.<String> path(CHECK + ".status")).isEqualTo("DOWN");
            assertThat(down.<String> path(CHECK + ".data.database")).isEqualTo("unreachable");
            String body = down.asString();
            assertThat(body).doesNotContain(jdbcUrl).doesNotContain(Integer.toString(port))
                    .doesNotContainIgnoringCase("exception").doesNotContain(password).doesNotContain("127.0.0.1");
        } finally {
            AuthorizationServerTestApp.Database.start(port, password, directory);
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Response ready = given().get("/q/health/ready");
        while (ready.statusCode() != 200 && System.nanoTime() < deadline) {
            sleep();
            ready = given().get("/q/health/ready");
        }
        assertThat(ready.statusCode()).as(ready.asString()).isEqualTo(200);
        assertThat(ready.<String> path(CHECK + ".data.database")).isEqualTo("reachable");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
