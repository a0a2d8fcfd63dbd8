package io.mcpwarden.deployment.test.devui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mcpwarden.runtime.devui.DevSigningKey;
import io.quarkus.test.QuarkusDevModeTest;

/**
 * The JSON-RPC methods of the MCP Warden Dev UI card, called over the Dev UI's own websocket in a dev-mode
 * application secured by an external identity provider: the tool listing, tokens minted by the card calling tools
 * over real HTTP (allowed, refused with 403, step-up), and the audit ring showing those calls.
 */
class WardenDevUiTest {

    static final int PORT = DevUiApps.freeLoopbackPort();
    static final String RESOURCE = "http://127.0.0.1:" + PORT + "/mcp";

    @RegisterExtension
    static final QuarkusDevModeTest app = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar.addClasses(DevUiTools.class, ExportAuthorizer.class)
                    .addAsResource(new StringAsset(DevUiApps.properties(PORT)), "application.properties"));

    private final ObjectMapper mapper = new ObjectMapper();
    private final DevUiJsonRpc devUi = new DevUiJsonRpc(PORT, "quarkus-mcp-warden");

    private JsonNode rpc(String method) throws Exception {
        return devUi.call(method, Map.of());
    }

    private JsonNode rpc(String method, Map<String, Object> params) throws Exception {
        return devUi.call(method, params);
    }

    @Test
    void toolListingShowsEachToolsPolicyAndCallsWithoutATokenAreChallenged() throws Exception {
        JsonNode tools = rpc("getTools");
        assertThat(names(tools)).containsExactlyInAnyOrder("findOrder", "cancelOrder", "exportOrders",
                "openingHours");

        JsonNode find = tool(tools, "findOrder");
        assertThat(find.get("description").asText()).isEqualTo("Finds an order");
        assertThat(texts(find.get("allOfScopes"))).containsExactly("orders:read");
        assertThat(find.get("claims")).isEmpty();
        assertThat(find.hasNonNull("authStrength")).isFalse();
        assertThat(find.hasNonNull("policyBean")).isFalse();
        assertThat(find.get("publicTool").asBoolean()).isFalse();

        assertThat(texts(tool(tools, "cancelOrder").get("allOfScopes"))).containsExactly("orders:read",
                "orders:write");

        JsonNode export = tool(tools, "exportOrders");
        assertThat(export.get("claims")).hasSize(1);
        assertThat(export.get("claims").get(0).get("path").asText()).isEqualTo("tenant");
        assertThat(texts(export.get("claims").get(0).get("anyOf"))).containsExactly("acme");
        assertThat(texts(export.get("authStrength").get("acr"))).containsExactly("mfa");
        assertThat(export.get("authStrength").get("maxAgeSeconds").asLong()).isEqualTo(600);
        assertThat(export.get("policyBean").asText()).isEqualTo(ExportAuthorizer.class.getName());
        assertThat(export.get("summary").asText()).isEqualTo("all of orders:read; tenant is one of [acme]; "
                + "acr one of [mfa]; authenticated in the last 600 s; allowed by ExportAuthorizer");

        JsonNode hours = tool(tools, "openingHours");
        assertThat(hours.get("publicTool").asBoolean()).isTrue();
        assertThat(hours.get("allOfScopes")).isEmpty();

        JsonNode publicCall = call("", "openingHours", "");
        assertThat(publicCall.get("status").asInt()).isEqualTo(200);
        assertThat(body(publicCall).at("/result/content/0/text").asText()).isEqualTo("9-17");
        JsonNode challenged = call("", "findOrder", "{\"id\":\"1\"}");
        assertThat(challenged.get("step").asText()).isEqualTo("tools/call");
        assertThat(challenged.get("status").asInt()).isEqualTo(401);
        assertThat(challenged.get("wwwAuthenticate").asText()).startsWith("Bearer resource_metadata=\""
                + RESOURCE.replace("/mcp", "/.well-known/oauth-protected-resource/mcp") + "\"");

        JsonNode setup = rpc("getMintingSetup");
        assertThat(setup.get("available").asBoolean()).isTrue();
        assertThat(setup.get("audience").asText()).isEqualTo(RESOURCE);
        assertThat(setup.get("endpoint").asText()).isEqualTo(RESOURCE);
        assertThat(texts(setup.get("scopes"))).containsExactly("orders:read", "orders:write");
    }

    @Test
    void mintedTokenCallsAPermittedToolIsRefusedOutsideItsScopesAndTheAuditRingShowsBoth() throws Exception {
        String subject = "dev-" + UUID.randomUUID();
        JsonNode minted = rpc("mintToken",
                Map.of("subject", subject, "scopes", "orders:read", "claims", ""));
        String token = minted.get("token").asText();
        assertThat(minted.get("claims").get("iss").asText()).isEqualTo(DevSigningKey.ISSUER);
        assertThat(minted.get("claims").get("aud").asText()).isEqualTo(RESOURCE);
        assertThat(minted.get("claims").get("scope").asText()).isEqualTo("orders:read");
        assertThat(minted.get("claims").get("sub").asText()).isEqualTo(subject);

        JsonNode allowed = call(token, "findOrder", "{\"id\":\"42\"}");
        assertThat(allowed.get("status").asInt()).isEqualTo(200);
        assertThat(body(allowed).at("/result/content/0/text").asText()).isEqualTo("order 42 for " + subject);

        JsonNode refused = call(token, "cancelOrder", "{\"id\":\"42\"}");
        assertThat(refused.get("step").asText()).isEqualTo("tools/call");
        assertThat(refused.get("status").asInt()).isEqualTo(403);
        assertThat(refused.get("wwwAuthenticate").asText())
                .startsWith("Bearer error=\"insufficient_scope\", scope=\"orders:read orders:write\"");

        JsonNode events = rpc("getAuditEvents");
        assertThat(events.toString()).doesNotContain(token);
        List<JsonNode> mine = new ArrayList<>();
        events.forEach(event -> {
            if (subject.equals(event.path("subject").asText())) {
                mine.add(event);
            }
        });
        assertThat(mine).hasSize(2);
        JsonNode newest = mine.get(0);
        assertThat(newest.get("target").asText()).isEqualTo("cancelOrder");
        assertThat(newest.get("method").asText()).isEqualTo("tools/call");
        assertThat(newest.get("decision").asText()).isEqualTo("DENIED");
        assertThat(newest.get("reason").asText()).isEqualTo("insufficient_scope");
        assertThat(newest.get("issuer").asText()).isEqualTo(DevSigningKey.ISSUER);
        assertThat(newest.get("clientId").asText()).isEqualTo(DevSigningKey.CLIENT_ID);
        JsonNode older = mine.get(1);
        assertThat(older.get("target").asText()).isEqualTo("findOrder");
        assertThat(older.get("decision").asText()).isEqualTo("ALLOWED");
        assertThat(older.get("outcome").asText()).isEqualTo("SUCCESS");
        assertThat(Instant.parse(newest.get("time").asText())).isAfterOrEqualTo(
                Instant.parse(older.get("time").asText()));

        // Same issuer and claims, another key: what a token minted by another run of dev mode is to this one.
        JsonNode forged = call(DevUiApps.foreignDevIssuerToken(RESOURCE, "orders:read"), "findOrder",
                "{\"id\":\"1\"}");
        assertThat(forged.get("step").asText()).isEqualTo("initialize");
        assertThat(forged.get("status").asInt()).isEqualTo(401);
        assertThat(forged.get("wwwAuthenticate").asText()).startsWith("Bearer error=\"invalid_token\"");
    }

    @Test
    void extraClaimsMeetClaimAndStrengthConditionsThePolicyBeanDecidesAndBadRequestsAreRefused() throws Exception {
        String strong = "{\"tenant\":\"acme\",\"acr\":\"mfa\",\"auth_time\":" + (Instant.now().getEpochSecond() - 5)
                + "}";
        JsonNode exported = call(mint("exporter", "orders:read", strong), "exportOrders", "{}");
        assertThat(exported.get("status").asInt()).isEqualTo(200);
        assertThat(body(exported).at("/result/content/0/text").asText()).isEqualTo("exported for acme");

        JsonNode weak = call(mint("exporter", "orders:read", "{\"tenant\":\"acme\",\"acr\":\"pwd\"}"),
                "exportOrders", "{}");
        assertThat(weak.get("status").asInt()).isEqualTo(401);
        assertThat(weak.get("wwwAuthenticate").asText())
                .startsWith("Bearer error=\"insufficient_user_authentication\"");

        JsonNode otherTenant = call(mint("exporter", "orders:read", strong.replace("acme", "globex")),
                "exportOrders", "{}");
        assertThat(otherTenant.get("status").asInt()).isEqualTo(403);

        JsonNode blocked = call(mint("blocked-exporter", "orders:read", strong), "exportOrders", "{}");
        assertThat(blocked.get("status").asInt()).isEqualTo(403);

        assertThat(mintError("orders:read orders:delete", "")).contains("orders:delete");
        assertThat(mintError("orders:read", "{\"aud\":\"https://elsewhere\"}")).contains("aud");
        assertThat(mintError("orders:read", "[1,2]")).contains("JSON object");
        JsonNode blankSubject = rpc("mintToken",
                Map.of("subject", " ", "scopes", "orders:read", "claims", ""));
        assertThat(blankSubject.get("error").asText()).isEqualTo("A subject is required.");
    }

    private String mint(String subject, String scopes, String claims) throws Exception {
        JsonNode minted = rpc("mintToken",
                Map.of("subject", subject, "scopes", scopes, "claims", claims));
        assertThat(minted.has("error")).as("minting failed: %s", minted).isFalse();
        return minted.get("token").asText();
    }

    private String mintError(String scopes, String claims) throws Exception {
        JsonNode minted = rpc("mintToken",
                Map.of("subject", "someone", "scopes", scopes, "claims", claims));
        assertThat(minted.has("token")).isFalse();
        return minted.get("error").asText();
    }

    private JsonNode call(String token, String tool, String arguments) throws Exception {
        JsonNode outcome = rpc("callTool",
                Map.of("token", token, "tool", tool, "arguments", arguments));
        assertThat(outcome.has("error")).as("the call was not made: %s", outcome).isFalse();
        return outcome;
    }

    private JsonNode body(JsonNode outcome) throws Exception {
        return mapper.readTree(outcome.get("body").asText());
    }

    private static JsonNode tool(JsonNode tools, String name) {
        for (JsonNode tool : tools) {
            if (name.equals(tool.get("name").asText())) {
                return tool;
            }
        }
        throw new AssertionError("No tool " + name + " in " + tools);
    }

    private static List<String> names(JsonNode tools) {
        List<String> names = new ArrayList<>();
        tools.forEach(tool -> names.add(tool.get("name").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }
}
