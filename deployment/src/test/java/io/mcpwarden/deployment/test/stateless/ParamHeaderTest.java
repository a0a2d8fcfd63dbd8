package io.mcpwarden.deployment.test.stateless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.response.ValidatableResponse;

/**
 * Arguments marked with {@code @ToolArg(header = ...)} carry {@code x-mcp-header} in the input schema, and in the
 * 2026-07-28 era a {@code tools/call} must mirror each one it sends into {@code Mcp-Param-<name>}, with the same value
 * (literal, or {@code =?base64?...?=}); otherwise 400 with HeaderMismatch (-32020), and the tool does not run. The
 * session era has no such headers and is not checked.
 */
class ParamHeaderTest {

    static final AtomicInteger RUNS = new AtomicInteger();

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Deployments.class, McpHttp.class, StatelessHttp.class));

    static class Deployments {
        @Tool(description = "Deploys to a region.")
        String deploy(@ToolArg(header = "Region") String region,
                @ToolArg(header = "Replicas", required = false) Integer replicas,
                @ToolArg(header = "Dry-Run", required = false) Boolean dryRun, String note) {
            RUNS.incrementAndGet();
            return region + "/" + replicas + "/" + dryRun;
        }
    }

    @BeforeEach
    void reset() {
        RUNS.set(0);
    }

    @Test
    void theSchemaNamesTheHeaders() {
        StatelessHttp.request("tools/list", null, "").then().statusCode(200)
                .body("result.tools[0].inputSchema.properties.region.x-mcp-header", equalTo("Region"))
                .body("result.tools[0].inputSchema.properties.replicas.x-mcp-header", equalTo("Replicas"))
                .body("result.tools[0].inputSchema.properties.dryRun.x-mcp-header", equalTo("Dry-Run"))
                .body("result.tools[0].inputSchema.properties.note.x-mcp-header", equalTo(null));
    }

    @Test
    void matchingHeadersLetTheCallThrough() {
        call("{\"region\":\"eu-west-1\",\"replicas\":3,\"dryRun\":true,\"note\":\"n\"}",
                Map.of("Mcp-Param-Region", "eu-west-1", "Mcp-Param-Replicas", "3", "mcp-param-dry-run", "true"))
                .statusCode(200).body("result.content[0].text", equalTo("eu-west-1/3/true"));
        assertThat(RUNS.get()).isEqualTo(1);
    }

    @Test
    void aBase64HeaderIsDecodedAndAnIntegerComparedAsANumber() {
        String region = "zürich-1";
        call("{\"region\":\"" + region + "\",\"replicas\":7,\"note\":\"n\"}",
                Map.of("Mcp-Param-Region", " =?base64?" + base64(region) + "?= ", "Mcp-Param-Replicas", "007"))
                .statusCode(200).body("result.content[0].text", equalTo("zürich-1/7/null"));
    }

    @Test
    void aMissingHeaderIs400AndTheToolDoesNotRun() {
        refused("{\"region\":\"eu-west-1\",\"note\":\"n\"}", Map.of(),
                "Header mismatch: the Mcp-Param-Region header is required when arguments.region is sent");
    }

    @Test
    void aDifferentValueIs400() {
        refused("{\"region\":\"eu-west-1\",\"note\":\"n\"}", Map.of("Mcp-Param-Region", "us-east-1"),
                "Header mismatch: the Mcp-Param-Region header does not match arguments.region");
        refused("{\"region\":\"eu-west-1\",\"replicas\":3,\"note\":\"n\"}",
                Map.of("Mcp-Param-Region", "eu-west-1", "Mcp-Param-Replicas", "three"),
                "Header mismatch: the Mcp-Param-Replicas header does not match arguments.replicas");
        refused("{\"region\":\"eu-west-1\",\"dryRun\":false,\"note\":\"n\"}",
                Map.of("Mcp-Param-Region", "eu-west-1", "Mcp-Param-Dry-Run", "False"),
                "Header mismatch: the Mcp-Param-Dry-Run header does not match arguments.dryRun");
    }

    @Test
    void aHeaderWithoutItsArgumentIs400() {
        refused("{\"region\":\"eu-west-1\",\"note\":\"n\"}",
                Map.of("Mcp-Param-Region", "eu-west-1", "Mcp-Param-Replicas", "3"),
                "Header mismatch: the Mcp-Param-Replicas header is sent without arguments.replicas");
    }

    @Test
    void invalidBase64Is400() {
        String invalid = "Header mismatch: the Mcp-Param-Region header is not valid base64 inside =?base64?...?=";
        // Unpadded, a character outside the alphabet, and bytes that are not UTF-8.
        refused("{\"region\":\"Hello\",\"note\":\"n\"}", Map.of("Mcp-Param-Region", "=?base64?SGVsbG8?="), invalid);
        refused("{\"region\":\"Hello\",\"note\":\"n\"}", Map.of("Mcp-Param-Region", "=?base64?SGVs!!!bG8=?="),
                invalid);
        refused("{\"region\":\"Hello\",\"note\":\"n\"}", Map.of("Mcp-Param-Region", "=?base64?/w==?="), invalid);
    }

    @Test
    void aValueThatOnlyLooksEncodedIsTakenLiterally() {
        call("{\"region\":\"=?base64?SGVsbG8=\",\"note\":\"n\"}", Map.of("Mcp-Param-Region", "=?base64?SGVsbG8="))
                .statusCode(200).body("result.content[0].text", equalTo("=?base64?SGVsbG8=/null/null"));
    }

    @Test
    void theSessionEraDoesNotAskForTheHeaders() {
        String session = McpHttp.openSession();
        assertThat(McpHttp.callToolResult(session, "deploy", "{\"region\":\"eu-west-1\",\"note\":\"n\"}"))
                .isEqualTo(McpHttp.textResult("eu-west-1/null/null"));
    }

    private static void refused(String arguments, Map<String, String> headers, String message) {
        call(arguments, headers).statusCode(400).body("error.code", equalTo(-32020))
                .body("error.message", equalTo(message));
        assertThat(RUNS.get()).as("the tool ran despite the mismatch").isZero();
    }

    private static ValidatableResponse call(String arguments, Map<String, String> headers) {
        return StatelessHttp.post("tools/call", "deploy").headers(headers)
                .body(StatelessHttp.body(31, "tools/call", "\"name\":\"deploy\",\"arguments\":" + arguments,
                        StatelessHttp.meta(StatelessHttp.VERSION, StatelessHttp.NO_CAPABILITIES)))
                .post(McpHttp.PATH).then();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
