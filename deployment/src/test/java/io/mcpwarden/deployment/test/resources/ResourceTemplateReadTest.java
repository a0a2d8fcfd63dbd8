package io.mcpwarden.deployment.test.resources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Resource;
import io.mcpwarden.ResourceContents;
import io.mcpwarden.ResourceTemplate;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class ResourceTemplateReadTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Orders.class, McpHttp.class));

    static class Orders {

        @ResourceTemplate(uriTemplate = "orders://{customer}/orders/{id}", mimeType = "application/json")
        String order(String id, Caller caller, String customer) {
            return "{\"customer\":\"" + customer + "\",\"id\":\"" + id + "\",\"anonymous\":"
                    + !caller.authenticated() + "}";
        }

        @ResourceTemplate(uriTemplate = "orders://{customer}/summary")
        ResourceContents summary(String customer) {
            return ResourceContents.text("orders://" + customer + "/summary", "text/plain", "3 orders");
        }

        @Resource(uri = "orders://acme/summary")
        String acmeSummary() {
            return "the fixed resource";
        }
    }

    @Test
    void variablesBindToParametersByNameWithTheCaller() {
        String body = McpHttp.request(McpHttp.openSession(), "resources/read",
                "{\"uri\":\"orders://alice/orders/42\"}").then().statusCode(200).extract().asString();
        assertThat(McpHttp.json(body).path("result")).isEqualTo(McpHttp.json("""
                {"contents":[{"uri":"orders://alice/orders/42","mimeType":"application/json",
                "text":"{\\"customer\\":\\"alice\\",\\"id\\":\\"42\\",\\"anonymous\\":true}"}]}"""));
    }

    @Test
    void valuesArePercentDecoded() {
        String body = McpHttp.request(McpHttp.openSession(), "resources/read",
                "{\"uri\":\"orders://o%27brien%2Bco/orders/a%2Fb\"}").then().statusCode(200).extract().asString();
        assertThat(McpHttp.json(body).path("result").path("contents").path(0).path("text").textValue())
                .isEqualTo("{\"customer\":\"o'brien+co\",\"id\":\"a/b\",\"anonymous\":true}");
    }

    @Test
    void resourceContentsOfATemplateAreSentAsTheyAre() {
        String body = McpHttp.request(McpHttp.openSession(), "resources/read",
                "{\"uri\":\"orders://bob/summary\"}").then().statusCode(200).extract().asString();
        assertThat(McpHttp.json(body).path("result")).isEqualTo(McpHttp.json("""
                {"contents":[{"uri":"orders://bob/summary","mimeType":"text/plain","text":"3 orders"}]}"""));
    }

    @Test
    void fixedResourceWinsOverAMatchingTemplate() {
        String body = McpHttp.request(McpHttp.openSession(), "resources/read",
                "{\"uri\":\"orders://acme/summary\"}").then().statusCode(200).extract().asString();
        assertThat(McpHttp.json(body).path("result")).isEqualTo(McpHttp.json("""
                {"contents":[{"uri":"orders://acme/summary","text":"the fixed resource"}]}"""));
    }
}
