package io.mcpwarden.deployment.test.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.auth.AuthorizationDecision;
import io.mcpwarden.auth.Authorize;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.auth.ToolArguments;
import io.mcpwarden.auth.ToolAuthorizer;
import io.quarkus.test.QuarkusUnitTest;

class AuthorizeNotABeanTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, NotABean.class))
            .overrideConfigKey("quarkus.oidc.devservices.enabled", "false")
            .assertException(failure -> {
                Throwable cause = failure;
                while (cause != null && (cause.getMessage() == null
                        || !cause.getMessage().contains("Invalid MCP tool access policies"))) {
                    cause = cause.getCause();
                }
                assertThat(cause).isNotNull();
                assertThat(cause.getMessage()).contains("@Authorize names " + NotABean.class.getName()
                        + ", which is not a CDI bean implementing ToolAuthorizer: annotate it with @ApplicationScoped "
                        + "(or another scope): " + Tools.class.getName() + "#read()");
            });

    static class NotABean implements ToolAuthorizer {
        @Override
        public AuthorizationDecision authorize(Caller caller, ToolArguments arguments) {
            return AuthorizationDecision.allow();
        }
    }

    static class Tools {
        @Tool
        @Authorize(NotABean.class)
        String read() {
            return "";
        }
    }

    @Test
    void buildFailsNamingTheClassAndTheMethod() {
        // the assertions run in assertException
    }
}
