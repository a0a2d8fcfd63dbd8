package io.mcpwarden.deployment.test.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Resource;
import io.mcpwarden.ResourceTemplate;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class ResourceListPaginationTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Docs.class, McpHttp.class))
            .overrideConfigKey("quarkus.warden.tools.page-size", "2");

    static class Docs {

        @Resource(uri = "file:///docs/readme.md", title = "Read me", description = "Start here", mimeType = "text/markdown")
        String readme() {
            return "# Orders";
        }

        @Resource(uri = "file:///docs/changelog.md", name = "changes")
        String changelog() {
            return "nothing yet";
        }

        @Resource(uri = "orders://catalog")
        String catalog() {
            return "[]";
        }

        @ResourceTemplate(uriTemplate = "orders://{id}", name = "order", mimeType = "application/json")
        String order(String id) {
            return id;
        }
    }

    @Test
    void resourcesArePagedInUriOrderWithTheirDescriptors() {
        String session = McpHttp.openSession();
        String body = McpHttp.request(session, "resources/list", "{}").then().statusCode(200)
                .header("Content-Type", "application/json").extract().asString();
        String cursor = McpHttp.json(body).path("result").path("nextCursor").textValue();
        assertThat(McpHttp.json(body).path("result").path("resources")).isEqualTo(McpHttp.json("""
                [{"uri":"file:///docs/changelog.md","name":"changes"},
                 {"uri":"file:///docs/readme.md","name":"readme","title":"Read me","description":"Start here",
                  "mimeType":"text/markdown"}]"""));
        String next = McpHttp.request(session, "resources/list", "{\"cursor\":\"" + cursor + "\"}").then()
                .statusCode(200).extract().asString();
        assertThat(McpHttp.json(next).path("result")).isEqualTo(McpHttp.json("""
                {"resources":[{"uri":"orders://catalog","name":"catalog"}]}"""));
    }

    @Test
    void templatesAreListedSeparately() {
        String body = McpHttp.request(McpHttp.openSession(), "resources/templates/list", "{}").then().statusCode(200)
                .extract().asString();
        assertThat(McpHttp.json(body).path("result")).isEqualTo(McpHttp.json("""
                {"resourceTemplates":[{"uriTemplate":"orders://{id}","name":"order","mimeType":"application/json"}]}"""));
    }

    @Test
    void cursorOfAnotherListingIsInvalidParams() {
        String session = McpHttp.openSession();
        String cursor = McpHttp.request(session, "resources/list", "{}").then().extract().path("result.nextCursor");
        McpHttp.request(session, "resources/templates/list", "{\"cursor\":\"" + cursor + "\"}").then()
                .statusCode(200)
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo("Invalid cursor"));
    }

    @Test
    void initializeAdvertisesResourcesWithoutSubscriptions() {
        String body = McpHttp.post().body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then()
                .statusCode(200).extract().asString();
        assertThat(McpHttp.json(body).path("result").path("capabilities")).isEqualTo(McpHttp.json("""
                {"logging":{},"tools":{"listChanged":true},"resources":{"subscribe":true,"listChanged":false}}"""));
    }
}
