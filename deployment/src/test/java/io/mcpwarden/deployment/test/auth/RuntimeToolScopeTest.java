package io.mcpwarden.deployment.test.auth;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.DynamicTool;
import io.mcpwarden.ToolRegistry;
import io.mcpwarden.ToolResult;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A tool added at run time declares its scopes and goes through the same policy as annotated tools: hidden from and
 * refused to callers without them (403 with the challenge), and refused at registration when a scope is undeclared.
 */
class RuntimeToolScopeTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(OrderTools.class);

    @Inject
    ToolRegistry registry;

    @Test
    void runtimeToolNeedsItsScopes() {
        registry.add(DynamicTool.builder("refund_all").requiresScopes("orders:write")
                .handler((arguments, caller) -> ToolResult.text("refunded by " + caller.subject())).build());
        try {
            String reader = TestTokens.token().scopes("orders:read").sign();
            String readerSession = AuthHttp.openSession(reader);
            AuthHttp.request(reader, readerSession, "tools/list", "{}").then().statusCode(200)
                    .body("result.tools.name", not(hasItem("refund_all")));
            AuthHttp.callTool(reader, readerSession, "refund_all", "{}").then()
                    .statusCode(403)
                    .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"orders:write "
                            + "orders:read\", resource_metadata=\"" + AuthApps.METADATA_URL + "\"");
            String writer = TestTokens.token().scopes("orders:write").sign();
            String writerSession = AuthHttp.openSession(writer);
            AuthHttp.request(writer, writerSession, "tools/list", "{}").then().statusCode(200)
                    .body("result.tools.name", hasItem("refund_all"));
            AuthHttp.callTool(writer, writerSession, "refund_all", "{}").then().statusCode(200)
                    .body("result.content[0].text", equalTo("refunded by alice"));
        } finally {
            registry.remove("refund_all");
        }
    }

    @Test
    void undeclaredScopeIsRefused() {
        assertThatThrownBy(() -> registry.add(DynamicTool.builder("wipe").requiresScopes("orders:wipe")
                .handler((arguments, caller) -> ToolResult.text("x")).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Tool 'wipe' requires the scope 'orders:wipe', which is not declared in "
                        + "quarkus.warden.scopes");
    }
}
