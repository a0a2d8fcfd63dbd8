package io.mcpwarden.it.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The identity provider is down when the server starts: the server still starts, is not ready (so a load balancer
 * keeps traffic away), and says why.
 */
@QuarkusTest
@TestProfile(UnreachableIdentityProviderTest.NothingListens.class)
class UnreachableIdentityProviderTest {

    @Test
    void notReadyWhileTheIdentityProviderCannotBeReached() {
        given().get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'MCP Warden identity provider' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'MCP Warden identity provider' }.data.keys",
                        equalTo("not loaded: identity provider unreachable"));
    }

    @Test
    void stillAliveSoThatTheProcessIsNotRestartedInALoop() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    public static class NothingListens implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            String issuer = "http://127.0.0.1:" + closedPort() + "/realms/gone";
            return Map.of("quarkus.oidc.auth-server-url", issuer,
                    "quarkus.oidc.connection-timeout", "1S",
                    "quarkus.warden.resource", "http://127.0.0.1:8080/mcp",
                    "quarkus.warden.auth.enabled", "true");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort(); // closed again at once: nothing listens there
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
