package io.mcpwarden.deployment.test.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.quarkus.test.QuarkusUnitTest;

class DuplicateToolNameTest {

    private static final String PREFIX = DuplicateToolNameTest.class.getName();

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(OrderTools.class, InvoiceTools.class, DeploymentFailures.class))
            .assertException(failure -> assertThat(DeploymentFailures.toolReport(failure)).isEqualTo(
                    "Invalid MCP tool declarations:\n\t- Duplicate @Tool name 'cancel': " + PREFIX
                            + "$InvoiceTools#cancelInvoice(), " + PREFIX + "$OrderTools#cancel()"));

    static class OrderTools {

        @Tool
        String cancel(String orderId) {
            return orderId;
        }
    }

    static class InvoiceTools {

        @Tool(name = "cancel")
        String cancelInvoice(String invoiceId) {
            return invoiceId;
        }
    }

    @Test
    void theBuildFailsNamingBothMethods() {
        throw new AssertionError("Not run: the application must not start");
    }
}
