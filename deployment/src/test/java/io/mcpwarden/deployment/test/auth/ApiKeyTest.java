package io.mcpwarden.deployment.test.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Local API keys next to OAuth: configured as hashes with scopes, an owner and an expiry, sent as bearer tokens,
 * checked by the same per-tool policies, refused with the same challenges, and audited like token calls.
 */
class ApiKeyTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(OrderTools.class, AuditRecorder.class, ApiKeys.class)
            .overrideConfigKey("quarkus.warden.api-keys.key.reporting.hash", ApiKeys.hash(ApiKeys.REPORTING))
            .overrideConfigKey("quarkus.warden.api-keys.key.reporting.owner", "reporting-service")
            .overrideConfigKey("quarkus.warden.api-keys.key.reporting.scopes", "orders:read")
            .overrideConfigKey("quarkus.warden.api-keys.key.reporting.expires-at", "2099-01-01T00:00:00Z")
            .overrideConfigKey("quarkus.warden.api-keys.key.ops.hash", ApiKeys.hash(ApiKeys.OPERATIONS))
            .overrideConfigKey("quarkus.warden.api-keys.key.ops.owner", "ops-robot")
            .overrideConfigKey("quarkus.warden.api-keys.key.ops.scopes", "admin")
            .overrideConfigKey("quarkus.warden.api-keys.key.ops.expires-at", "2099-01-01T00:00:00Z")
            .overrideConfigKey("quarkus.warden.api-keys.key.old.hash", ApiKeys.hash(ApiKeys.EXPIRED))
            .overrideConfigKey("quarkus.warden.api-keys.key.old.owner", "retired-service")
            .overrideConfigKey("quarkus.warden.api-keys.key.old.scopes", "orders:read")
            .overrideConfigKey("quarkus.warden.api-keys.key.old.expires-at", "2020-01-01T00:00:00Z");

    @Inject
    AuditRecorder audit;

    @Test
    void keyCallsTheToolsItsScopesAllowAsItsOwner() {
        String session = AuthHttp.openSession(ApiKeys.REPORTING);
        AuthHttp.request(ApiKeys.REPORTING, session, "tools/list", "{}").then()
                .statusCode(200)
                .body("result.tools.name", contains("findOrder", "openingHours"));
        AuthHttp.callTool(ApiKeys.REPORTING, session, "findOrder", "{\"id\":\"42\"}").then()
                .statusCode(200)
                .body("result.content[0].text", equalTo("order 42 for reporting-service"));
    }

    @Test
    void keyWithoutTheToolsScopeGetsTheSameStepUpChallengeAsATokenWould() {
        String session = AuthHttp.openSession(ApiKeys.REPORTING);
        AuthHttp.callTool(ApiKeys.REPORTING, session, "cancelOrder", "{\"id\":\"42\"}").then()
                .statusCode(403)
                .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"orders:read orders:write\", "
                        + "resource_metadata=\"" + AuthApps.METADATA_URL + "\"");
    }

    @Test
    void scopeHierarchyAppliesToKeys() {
        String session = AuthHttp.openSession(ApiKeys.OPERATIONS);
        AuthHttp.callTool(ApiKeys.OPERATIONS, session, "cancelOrder", "{\"id\":\"7\"}").then()
                .statusCode(200)
                .body("result.content[0].text", equalTo("cancelled 7"));
    }

    @Test
    void expiredAndUnknownKeysAreInvalidTokens() {
        for (String key : new String[] { ApiKeys.EXPIRED, ApiKeys.UNKNOWN }) {
            AuthHttp.post(key).body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then()
                    .statusCode(401)
                    .header("WWW-Authenticate", "Bearer error=\"invalid_token\", resource_metadata=\""
                            + AuthApps.METADATA_URL + "\", scope=\"admin orders:export orders:read orders:write\"");
        }
    }

    @Test
    void aSessionOpenedWithAKeyIsNotUsableWithAnotherKey() {
        String session = AuthHttp.openSession(ApiKeys.REPORTING);
        AuthHttp.callTool(ApiKeys.OPERATIONS, session, "findOrder", "{\"id\":\"1\"}").then().statusCode(404);
    }

    @Test
    void keyCallsAreAuditedWithOwnerAndKeyIdNeverTheKey() {
        audit.clear();
        String session = AuthHttp.openSession(ApiKeys.REPORTING);
        AuthHttp.callTool(ApiKeys.REPORTING, session, "findOrder", "{\"id\":\"5\"}").then().statusCode(200);

        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.subject()).isEqualTo("reporting-service");
            assertThat(event.clientId()).isEqualTo("api-key:reporting");
            assertThat(event.issuer()).isEqualTo("urn:mcp-warden:api-key");
            assertThat(event.decision()).isEqualTo(AuditEvent.Decision.ALLOWED);
            assertThat(event.toString()).doesNotContain(ApiKeys.REPORTING);
        });
    }
}
