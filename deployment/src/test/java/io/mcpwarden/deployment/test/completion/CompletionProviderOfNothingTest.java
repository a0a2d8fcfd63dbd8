package io.mcpwarden.deployment.test.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.CompletionProvider;
import io.mcpwarden.CompletionRef;
import io.mcpwarden.Prompt;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A provider that completes an argument that does not exist stops the application at startup, naming it.
 */
class CompletionProviderOfNothingTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Prompts.class, Typo.class))
            .assertException(failure -> {
                Throwable cause = failure;
                while (cause.getCause() != null && !(cause.getMessage() != null
                        && cause.getMessage().contains("Invalid MCP completion providers"))) {
                    cause = cause.getCause();
                }
                assertThat(cause.getMessage()).contains("Invalid MCP completion providers").contains(
                        "completes argument 'langauge' of prompt 'review', which does not exist");
            });

    static class Prompts {
        @Prompt
        String review(String language) {
            return "Review";
        }
    }

    static class Typo implements CompletionProvider {
        @Override
        public CompletionRef ref() {
            return CompletionRef.promptArgument("review", "langauge");
        }

        @Override
        public List<String> complete(String value, Map<String, String> context) {
            return List.of();
        }
    }

    @Test
    void startupFails() {
        // assertException above checks the failure
    }
}
