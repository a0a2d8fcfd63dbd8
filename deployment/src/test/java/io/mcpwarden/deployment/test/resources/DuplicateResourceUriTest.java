package io.mcpwarden.deployment.test.resources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Resource;
import io.mcpwarden.ResourceTemplate;
import io.quarkus.test.QuarkusUnitTest;

class DuplicateResourceUriTest {

    private static final String ORDERS = DuplicateResourceUriTest.class.getName() + "$Orders";
    private static final String ARCHIVE = DuplicateResourceUriTest.class.getName() + "$Archive";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Orders.class, Archive.class, BuildReports.class))
            .assertException(failure -> assertThat(BuildReports.report(failure, "Invalid MCP resource declarations:"))
                    .isEqualTo("Invalid MCP resource declarations:"
                            + "\n\t- Duplicate @Resource 'orders://catalog': " + ARCHIVE + "#catalog(), " + ORDERS
                            + "#catalog()"
                            + "\n\t- Duplicate @ResourceTemplate 'orders://{id}': " + ARCHIVE + "#order(), " + ORDERS
                            + "#byId()"));

    static class Orders {

        @Resource(uri = "orders://catalog")
        String catalog() {
            return "";
        }

        @ResourceTemplate(uriTemplate = "orders://{id}")
        String byId(String id) {
            return id;
        }
    }

    static class Archive {

        @Resource(uri = "orders://catalog")
        String catalog() {
            return "";
        }

        @ResourceTemplate(uriTemplate = "orders://{id}")
        String order(String id) {
            return id;
        }
    }

    @Test
    void theBuildFailsNamingEveryPlace() {
        throw new AssertionError("Not run: the application must not start");
    }
}
