package io.mcpwarden.deployment.test.tools;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class OptionalArgumentBindingTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(OptionalTools.class, Color.class, Window.class, McpHttp.class));

    enum Color {
        RED,
        GREEN
    }

    record Window(LocalDate from, int days) {
    }

    static class OptionalTools {

        @Tool
        String describe(Optional<Color> color, Optional<Window> window, Optional<List<Integer>> sizes) {
            return color.map(Color::name).orElse("-") + "|" + window.map(w -> w.from() + "+" + w.days()).orElse("-")
                    + "|" + sizes.map(List::size).map(String::valueOf).orElse("-");
        }
    }

    @Test
    void optionalArgumentsBindTheirContentType() {
        String session = McpHttp.openSession();
        McpHttp.callTool(session, "describe",
                "{\"color\":\"GREEN\",\"window\":{\"from\":\"2026-01-31\",\"days\":3},\"sizes\":[1,2]}").then()
                .statusCode(200)
                .body("result.isError", nullValue())
                .body("result.content.text", contains("GREEN|2026-01-31+3|2"));
    }

    @Test
    void absentOrNullOptionalArgumentsAreEmpty() {
        String session = McpHttp.openSession();
        McpHttp.callTool(session, "describe", "{\"color\":null}").then()
                .statusCode(200)
                .body("result.content.text", contains("-|-|-"));
    }

    @Test
    void wrongContentOfAnOptionalIsAnArgumentError() {
        String session = McpHttp.openSession();
        McpHttp.callTool(session, "describe", "{\"color\":\"BLUE\"}").then()
                .statusCode(200)
                .body("result.isError", org.hamcrest.Matchers.equalTo(true))
                .body("result.content.text", contains("Invalid argument 'color': expected one of RED, GREEN"));
    }
}
