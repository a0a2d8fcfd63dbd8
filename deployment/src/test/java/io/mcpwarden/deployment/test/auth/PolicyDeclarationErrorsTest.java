package io.mcpwarden.deployment.test.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.auth.PublicTool;
import io.mcpwarden.auth.RequiresAnyScope;
import io.mcpwarden.auth.RequiresScopes;
import io.quarkus.test.QuarkusUnitTest;

class PolicyDeclarationErrorsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(BrokenTools.class))
            .overrideConfigKey("quarkus.oidc.devservices.enabled", "false")
            .overrideConfigKey("quarkus.warden.scopes.\"orders:read\".description", "Read orders")
            .overrideConfigKey("quarkus.warden.scopes.admin.implies", "orders:read,orders:purge")
            .assertException(failure -> {
                Throwable root = failure;
                while (root.getCause() != null && !(root.getMessage() != null
                        && root.getMessage().contains("Invalid MCP tool access policies"))) {
                    root = root.getCause();
                }
                assertThat(root.getMessage())
                        .contains("Scope 'admin' implies the undeclared scope 'orders:purge': declare it as "
                                + "quarkus.warden.scopes.\"orders\\:purge\".description")
                        .contains("Scope 'orders:write' is not declared: add quarkus.warden.scopes.\"orders\\:write\""
                                + ".description to the configuration: " + BrokenTools.class.getName() + "#cancel()")
                        .contains("@PublicTool contradicts the scopes this method requires: remove one of them: "
                                + BrokenTools.class.getName() + "#hours()")
                        .contains("@RequiresAnyScope must name at least one non-blank scope: "
                                + BrokenTools.class.getName() + "#export()");
            });

    static class BrokenTools {

        @Tool
        @RequiresScopes({ "orders:read", "orders:write" })
        String cancel() {
            return "";
        }

        @Tool
        @PublicTool
        @RequiresScopes("orders:read")
        String hours() {
            return "";
        }

        @Tool
        @RequiresAnyScope({ " " })
        String export() {
            return "";
        }
    }

    @Test
    void buildFailsListingEveryPolicyError() {
        // the assertions run in assertException
    }
}
