package io.mcpwarden.deployment.test.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.ResourceTemplate;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class ResourceNotFoundTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Orders.class, McpHttp.class));

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
    void readWithoutUriIsInvalidParams() {
        McpHttp.request(McpHttp.openSession(), "resources/read", "{}").then()
                .statusCode(200)
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo("resources/read needs a 'uri' string"));
    }
}
