package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class EnumValueNotAllowedTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Status.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    enum Status {
        PENDING,
        SHIPPED,
        CANCELLED
    }

    static class Tools {

        @Tool
        String countOrders(Status status) {
            return status.name();
        }
    }

    @Test
    void unknownConstantIsAnErrorResultListingTheAllowedValues() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "countOrders", "{\"status\":\"LOST\"}"))
                .isEqualTo(McpHttp.errorResult("Invalid argument 'status': expected one of PENDING, SHIPPED, CANCELLED"));
    }

    @Test
    void ordinalIsNotAcceptedForAnEnum() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "countOrders", "{\"status\":1}"))
                .isEqualTo(McpHttp.errorResult("Invalid argument 'status': expected one of PENDING, SHIPPED, CANCELLED"));
    }

    @Test
    void allowedConstantBinds() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "countOrders", "{\"status\":\"SHIPPED\"}"))
                .isEqualTo(McpHttp.textResult("SHIPPED"));
    }
}
