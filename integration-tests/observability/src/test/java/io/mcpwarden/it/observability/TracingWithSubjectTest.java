package io.mcpwarden.it.observability;

import static io.mcpwarden.it.observability.Traces.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.mcpwarden.test.McpTestClient;
import io.mcpwarden.test.WardenTestIdentityProvider;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code quarkus.warden.tracing.include-subject=true}, the spans carry the caller's subject as
 * {@code enduser.id}.
 */
@QuarkusTest
@TestProfile(TracingWithSubjectTest.IncludeSubject.class)
@QuarkusTestResource(value = WardenTestIdentityProvider.class, restrictToAnnotatedClass = true)
class TracingWithSubjectTest {

    @Inject
    InMemorySpanExporter exporter;

    @Test
    void theSubjectIsRecordedWhenTheApplicationOptsIn() {
        exporter.reset();
        Traces traces = new Traces(exporter);
        McpTestClient user = McpTestClient.as(TracingTest.token("calc:use")).initialize();

        user.callTool("add", Map.of("a", 1, "b", 2)).assertSuccess();

        SpanData request = traces.span("tools/call add");
        assertThat(attribute(request, "enduser.id")).isEqualTo(TracingTest.SUBJECT);
        assertThat(attribute(traces.span("execute_tool add"), "enduser.id")).isEqualTo(TracingTest.SUBJECT);
        assertThat(attribute(request, "mcp.warden.client.id")).isEqualTo(TracingTest.CLIENT);
    }

    public static class IncludeSubject implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.warden.tracing.include-subject", "true");
        }
    }
}
