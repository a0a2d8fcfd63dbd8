package io.mcpwarden.deployment.test.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Prompt;
import io.mcpwarden.PromptArg;
import io.mcpwarden.auth.PublicTool;
import io.mcpwarden.auth.RequiresScopes;
import io.mcpwarden.deployment.test.validation.DeploymentFailures;
import io.quarkus.test.QuarkusUnitTest;

class PromptDeclarationErrorsTest {

    private static final String BROKEN = PromptDeclarationErrorsTest.class.getName() + "$Broken";
    private static final String STRINGS = ": prompt arguments are strings, use String or Optional<String>: ";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Broken.class, DeploymentFailures.class))
            .assertException(failure -> assertThat(
                    DeploymentFailures.report(failure, "Invalid MCP prompt declarations:")).isEqualTo(
                            "Invalid MCP prompt declarations:"
                                    + "\n\t- @Prompt name 'has space' is invalid: use 1 to 128 characters from "
                                    + "A-Z a-z 0-9 _ - . : " + BROKEN + "#badName()"
                                    + "\n\t- @Prompt method has an unsupported parameter type int for parameter "
                                    + "'count'" + STRINGS + BROKEN + "#badParameter()"
                                    + "\n\t- @Prompt method has an unsupported return type "
                                    + "java.util.List<java.lang.String> (see the @Prompt javadoc for the accepted "
                                    + "types): " + BROKEN + "#badReturn()"
                                    + "\n\t- @Prompt method must not be private: " + BROKEN + "#hidden()"
                                    + "\n\t- @PublicTool applies to tools only; a @Prompt method supports "
                                    + "@RequiresScopes and @RequiresAnyScope (move the prompt to another class if "
                                    + "the annotation is on its class): " + BROKEN + "#open()"
                                    + "\n\t- @Prompt method has an unsupported parameter type "
                                    + "java.util.Optional<java.lang.Integer> for parameter 'limit'" + STRINGS
                                    + BROKEN + "#optionalNumber()"
                                    + "\n\t- @Prompt method must not be static: " + BROKEN + "#shared()"
                                    + "\n\t- @Prompt method declares the argument 'code' twice: " + BROKEN
                                    + "#twice()"
                                    + "\n\t- Scope 'orders:read' is not declared: add "
                                    + "quarkus.warden.scopes.\"orders\\:read\".description to the configuration: "
                                    + BROKEN + "#undeclaredScope()"
                                    + "\n\t- Duplicate @Prompt name 'twin': " + BROKEN + "#twinOne(), " + BROKEN
                                    + "#twinTwo()"));

    static class Broken {

        @Prompt(name = "has space")
        String badName() {
            return "";
        }

        @Prompt
        String badParameter(int count) {
            return "";
        }

        @Prompt
        List<String> badReturn() {
            return List.of();
        }

        @Prompt
        private String hidden() {
            return "";
        }

        @Prompt
        String optionalNumber(Optional<Integer> limit) {
            return "";
        }

        @Prompt
        @PublicTool
        String open() {
            return "";
        }

        @Prompt
        static String shared() {
            return "";
        }

        @Prompt
        String twice(@PromptArg(name = "code") String first, @PromptArg(name = "code") String second) {
            return "";
        }

        @Prompt(name = "twin")
        String twinOne() {
            return "";
        }

        @Prompt(name = "twin")
        String twinTwo() {
            return "";
        }

        @Prompt
        @RequiresScopes("orders:read")
        String undeclaredScope() {
            return "";
        }

        @Prompt
        String fine(String value) {
            return value;
        }
    }

    @Test
    void everyErrorIsInOneReport() {
        throw new AssertionError("Not run: the application must not start");
    }
}
