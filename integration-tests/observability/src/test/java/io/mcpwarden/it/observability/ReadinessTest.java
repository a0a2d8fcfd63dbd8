package io.mcpwarden.it.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.mcpwarden.test.WardenTestIdentityProvider;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * With the identity provider reachable, readiness reports its keys loaded.
 */
@QuarkusTest
@QuarkusTestResource(value = WardenTestIdentityProvider.class, restrictToAnnotatedClass = true)
class ReadinessTest {

    @Test
    void readyWhenTheIdentityProvidersKeysAreLoaded() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'MCP Warden identity provider' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'MCP Warden identity provider' }.data.keys", equalTo("loaded"));
    }
}
