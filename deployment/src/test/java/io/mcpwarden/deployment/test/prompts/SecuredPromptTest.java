package io.mcpwarden.deployment.test.prompts;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Prompt;
import io.mcpwarden.auth.RequiresAnyScope;
import io.mcpwarden.auth.RequiresScopes;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.auth.AuthApps;
import io.mcpwarden.deployment.test.auth.AuthHttp;
import io.mcpwarden.deployment.test.auth.OrderTools;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;

class SecuredPromptTest {

    // OrderTools has a public tool, so requests without a token reach the endpoint.
    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(Prompts.class, OrderTools.class, RefundReasons.class);

    public static class RefundReasons implements io.mcpwarden.CompletionProvider {
        @Override
        public io.mcpwarden.CompletionRef ref() {
            return io.mcpwarden.CompletionRef.promptArgument("refund", "reason");
        }

        @Override
        public java.util.List<String> complete(String value, java.util.Map<String, String> context) {
            return java.util.List.of("damaged", "late");
        }
    }

    public static class Prompts {

        @Prompt
        String hello() {
            return "Hello";
        }

        @Prompt
        @RequiresScopes("orders:read")
        String summarize() {
            return "Summarize my orders";
        }

        @Prompt
        @RequiresScopes("orders:write")
        String refund(@io.mcpwarden.PromptArg(required = false) java.util.Optional<String> reason) {
            return "Draft a refund";
        }

        @Prompt
        @RequiresAnyScope({ "orders:export", "admin" })
        String exportReport() {
            return "Describe the export";
        }
    }

    private static String token(String scope) {
        return TestTokens.token().scopes(scope).sign();
    }

    @Test
    void listShowsOnlyPromptsTheCallerMayGet() {
        String reader = token("orders:read");
        AuthHttp.request(reader, AuthHttp.openSession(reader), "prompts/list", "{}").then()
                .statusCode(200)
                .body("result.prompts.name", contains("hello", "summarize"));
        String admin = token("admin");
        AuthHttp.request(admin, AuthHttp.openSession(admin), "prompts/list", "{}").then()
                .statusCode(200)
                .body("result.prompts.name", contains("exportReport", "hello", "refund", "summarize"));
    }

    @Test
    void getWithRequiredScopeSucceeds() {
        String reader = token("orders:read");
        AuthHttp.request(reader, AuthHttp.openSession(reader), "prompts/get", "{\"name\":\"summarize\"}").then()
                .statusCode(200)
                .body("result.messages[0].content.text", equalTo("Summarize my orders"));
    }

    @Test
    void getWhenScopeMissingThen403WithAllNeededAndGrantedScopes() {
        String reader = token("orders:read");
        AuthHttp.request(reader, AuthHttp.openSession(reader), "prompts/get", "{\"name\":\"refund\"}").then()
                .statusCode(403)
                .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"orders:write orders:read\", "
                        + "resource_metadata=\"" + AuthApps.METADATA_URL + "\"")
                .body("id", equalTo(11))
                .body("error.message", equalTo("Forbidden: this prompt needs more scopes than the token grants"));
    }

    @Test
    void completionOfAnArgumentOfAPromptTheCallerCannotGetIs403() {
        String params = "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"refund\"},"
                + "\"argument\":{\"name\":\"reason\",\"value\":\"\"}}";
        String reader = token("orders:read");
        AuthHttp.request(reader, AuthHttp.openSession(reader), "completion/complete", params).then()
                .statusCode(403)
                .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"orders:write orders:read\", "
                        + "resource_metadata=\"" + AuthApps.METADATA_URL + "\"")
                .body("error.message", equalTo("Forbidden: this prompt needs more scopes than the token grants"));
        String writer = token("orders:write");
        AuthHttp.request(writer, AuthHttp.openSession(writer), "completion/complete", params).then()
                .statusCode(200)
                .body("result.completion.values", contains("damaged", "late"));
    }

    @Test
    void anonymousCallerSeesNoPromptsAndGets401ForAnyName() {
        String session = McpHttp.openSession();
        McpHttp.request(session, "prompts/list", "{}").then()
                .statusCode(200)
                .body("result.prompts", empty());
        for (String name : new String[] { "hello", "no-such-prompt" }) {
            McpHttp.request(session, "prompts/get", "{\"name\":\"" + name + "\"}").then()
                    .statusCode(401)
                    .header("WWW-Authenticate", "Bearer resource_metadata=\"" + AuthApps.METADATA_URL
                            + "\", scope=\"admin orders:export orders:read orders:write\"");
        }
    }
}
