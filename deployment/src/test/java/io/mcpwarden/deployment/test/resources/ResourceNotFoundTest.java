package io.mcpwarden.deployment.test.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.ResourceTemplate;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.stateless.StatelessHttp;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A URI that names no resource, or a template method that returns null: resource not found, with the URI in
 * {@code data}; -32002 in the session eras, -32602 from 2026-07-28 on (SEP-2164).
 */
class ResourceNotFoundTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Orders.class, McpHttp.class, StatelessHttp.class));

    static class Orders {

        @ResourceTemplate(uriTemplate = "orders://{id}")
        String order(String id) {
            return "42".equals(id) ? "order 42" : null;
        }
    }

    @Test
    void uriMatchingNothingIsResourceNotFoundWithTheUri() {
        String body = McpHttp.request(McpHttp.openSession(), "resources/read", "{\"uri\":\"file:///nonexistent.txt\"}")
                .then().statusCode(200).extract().asString();
        assertThat(McpHttp.json(body)).isEqualTo(McpHttp.json("""
                {"jsonrpc":"2.0","id":7,"error":{"code":-32002,"message":"Resource not found",
                "data":{"uri":"file:///nonexistent.txt"}}}"""));
    }

    @Test
    void templateMethodReturningNullIsResourceNotFound() {
        String body = McpHttp.request(McpHttp.openSession(), "resources/read", "{\"uri\":\"orders://7\"}")
                .then().statusCode(200).extract().asString();
        assertThat(McpHttp.json(body).path("error")).isEqualTo(McpHttp.json("""
                {"code":-32002,"message":"Resource not found","data":{"uri":"orders://7"}}"""));
        McpHttp.request(McpHttp.openSession(), "resources/read", "{\"uri\":\"orders://42\"}").then()
                .statusCode(200).body("result.contents[0].text", equalTo("order 42"));
    }

    @Test
    void variableDoesNotSpanPathSegments() {
        McpHttp.request(McpHttp.openSession(), "resources/read", "{\"uri\":\"orders://42/lines\"}").then()
                .statusCode(200)
                .body("error.code", equalTo(-32002))
                .body("error.data.uri", equalTo("orders://42/lines"));
    }

    @Test
    void fromRevision20260728OnResourceNotFoundIsInvalidParamsWithTheUri() {
        for (String uri : new String[] { "file:///nonexistent.txt", "orders://7" }) {
            String body = StatelessHttp.request("resources/read", uri, "\"uri\":\"" + uri + "\"").then()
                    .statusCode(200).extract().asString();
            assertThat(McpHttp.json(body)).isEqualTo(McpHttp.json("""
                    {"jsonrpc":"2.0","id":9,"error":{"code":-32602,"message":"Resource not found",
                    "data":{"uri":"%s"}}}""".formatted(uri)));
        }
    }

    @Test
    void readWithoutUriIsInvalidParams() {
        McpHttp.request(McpHttp.openSession(), "resources/read", "{}").then()
                .statusCode(200)
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo("resources/read needs a 'uri' string"));
    }
}
