package io.mcpwarden.deployment.test.resources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Resource;
import io.mcpwarden.ResourceTemplate;
import io.quarkus.test.QuarkusUnitTest;

class AllResourceErrorsReportedTogetherTest {

    private static final String DOCS = AllResourceErrorsReportedTogetherTest.class.getName() + "$Docs";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Docs.class, BuildReports.class))
            .assertException(failure -> assertThat(BuildReports.report(failure, "Invalid MCP resource declarations:"))
                    .isEqualTo("Invalid MCP resource declarations:"
                            + "\n\t- @Resource and @ResourceTemplate exclude each other: keep one of them: " + DOCS
                            + "#both()"
                            + "\n\t- @Resource uri 'file:///{path}' contains a template expression: declare the method "
                            + "with @ResourceTemplate(uriTemplate = \"file:///{path}\") instead: " + DOCS + "#braces()"
                            + "\n\t- @Resource method parameter 'id' has no template variable to bind: a fixed URI has "
                            + "none; use @ResourceTemplate with a {id} variable: " + DOCS + "#fixedWithParameter()"
                            + "\n\t- @ResourceTemplate uriTemplate 'file:///{+path}' is invalid: the expression "
                            + "{+path} is not supported: only level 1 expressions {name}, with a name of letters, "
                            + "digits and _, are: " + DOCS + "#levelTwo()"
                            + "\n\t- @ResourceTemplate method parameter 'day' matches no variable of the template "
                            + "(variables: date): " + DOCS + "#misnamed()"
                            + "\n\t- @ResourceTemplate variable {date} has no String parameter named 'date': " + DOCS
                            + "#misnamed()"
                            + "\n\t- @ResourceTemplate uriTemplate 'file:///logs/today' has no variable: declare the "
                            + "method with @Resource(uri = \"file:///logs/today\") instead: " + DOCS + "#noVariable()"
                            + "\n\t- @Resource uri 'readme.md' is not an absolute URI (RFC 3986, with a scheme, for "
                            + "instance file:///docs/readme.md): " + DOCS + "#relative()"
                            + "\n\t- @Resource method must not be private: " + DOCS + "#secret()"
                            + "\n\t- @Resource method must not be static: " + DOCS + "#shared()"
                            + "\n\t- @ResourceTemplate method has an unsupported parameter type int for parameter "
                            + "'id' (accepted: String, bound to the template variable of the same name, and Caller): "
                            + DOCS + "#typed()"
                            + "\n\t- @ResourceTemplate variable {id} has no String parameter named 'id': " + DOCS
                            + "#typed()"
                            + "\n\t- @Resource method has an unsupported return type java.lang.Integer (accepted: "
                            + "String, byte[], ResourceContents, List<ResourceContents>, or a Uni or CompletionStage "
                            + "of one of them): " + DOCS + "#wrongReturn()"));

    static class Docs {

        @Resource(uri = "docs://both")
        @ResourceTemplate(uriTemplate = "docs://{both}")
        String both(String both) {
            return both;
        }

        @Resource(uri = "file:///{path}")
        String braces() {
            return "";
        }

        @Resource(uri = "docs://fixed")
        String fixedWithParameter(String id) {
            return id;
        }

        @ResourceTemplate(uriTemplate = "file:///{+path}")
        String levelTwo(String path) {
            return path;
        }

        @ResourceTemplate(uriTemplate = "file:///logs/{date}")
        String misnamed(String day) {
            return day;
        }

        @ResourceTemplate(uriTemplate = "file:///logs/today")
        String noVariable() {
            return "";
        }

        @Resource(uri = "readme.md")
        String relative() {
            return "";
        }

        @Resource(uri = "docs://secret")
        private String secret() {
            return "";
        }

        @Resource(uri = "docs://shared")
        static String shared() {
            return "";
        }

        @ResourceTemplate(uriTemplate = "docs://typed/{id}")
        String typed(int id) {
            return "";
        }

        @Resource(uri = "docs://number")
        Integer wrongReturn() {
            return 1;
        }
    }

    @Test
    void theBuildFailsWithOneReportListingEveryError() {
        throw new AssertionError("Not run: the application must not start");
    }
}
