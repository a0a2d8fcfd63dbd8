package io.mcpwarden.it.observability;

import static io.mcpwarden.it.observability.Traces.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.mcpwarden.test.McpResponse;
import io.mcpwarden.test.McpTestClient;
import io.mcpwarden.test.TestTokens;
import io.mcpwarden.test.WardenTestIdentityProvider;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The spans MCP Warden contributes when the application has quarkus-opentelemetry, read from an in-memory exporter
 * after real authenticated calls: one per MCP request, a child of Quarkus' HTTP server span, and one per tool call
 * under it, with the decision and outcome and never the token, the arguments or (by default) the subject.
 */
@QuarkusTest
@QuarkusTestResource(value = WardenTestIdentityProvider.class, restrictToAnnotatedClass = true)
class TracingTest {

    static final String SUBJECT = "subject-5931";
    static final String CLIENT = "calc-agent";

    @Inject
    InMemorySpanExporter exporter;

    private Traces traces;

    @BeforeEach
    void reset() {
        exporter.reset();
        traces = new Traces(exporter);
    }

    static String token(String... scopes) {
        return TestTokens.token().subject(SUBJECT).clientId(CLIENT).scopes(scopes).sign();
    }

    @Test
    void aToolCallIsASpanUnderTheRequestSpanUnderTheHttpServerSpan() {
        String token = token("calc:use");
        McpTestClient user = McpTestClient.as(token).initialize();

        user.callTool("add", Map.of("a", 40417, "b", 1)).assertSuccess();

        SpanData request = traces.span("tools/call add");
        assertThat(request.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(request.getInstrumentationScopeInfo().getName()).isEqualTo("io.mcpwarden");
        assertThat(attribute(request, "mcp.method.name")).isEqualTo("tools/call");
        assertThat(attribute(request, "gen_ai.tool.name")).isEqualTo("add");
        assertThat(attribute(request, "mcp.protocol.version")).isEqualTo("2025-11-25");
        assertThat(attribute(request, "jsonrpc.request.id")).isEqualTo("2");
        assertThat(attribute(request, "mcp.warden.client.id")).isEqualTo(CLIENT);
        assertThat(attribute(request, "mcp.warden.decision")).isEqualTo("ALLOWED");
        assertThat(attribute(request, "mcp.warden.outcome")).isEqualTo("SUCCESS");
        assertThat(attribute(request, "error.type")).isNull();
        assertThat(request.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);

        SpanData http = traces.parentOf(request);
        assertThat(http.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(http.getInstrumentationScopeInfo().getName()).isNotEqualTo("io.mcpwarden");
        assertThat(http.getName()).startsWith("POST");
        assertThat(http.getTraceId()).isEqualTo(request.getTraceId());

        SpanData tool = traces.span("execute_tool add");
        assertThat(tool.getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(tool.getTraceId()).isEqualTo(request.getTraceId());
        assertThat(tool.getKind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(attribute(tool, "gen_ai.operation.name")).isEqualTo("execute_tool");
        assertThat(attribute(tool, "gen_ai.tool.name")).isEqualTo("add");
        assertThat(attribute(tool, "mcp.warden.client.id")).isEqualTo(CLIENT);
        assertThat(attribute(tool, "mcp.warden.decision")).isEqualTo("ALLOWED");
        assertThat(attribute(tool, "mcp.warden.outcome")).isEqualTo("SUCCESS");
        assertThat(tool.getEndEpochNanos()).isLessThanOrEqualTo(request.getEndEpochNanos());
        assertThat(traces.childrenOf(request)).containsExactly(tool);

        var trace = traces.trace(request);
        Traces.assertNowhere(trace, token);
        Traces.assertNowhere(trace, "40417");
        Traces.assertNowhere(trace, SUBJECT);
        assertThat(trace).allSatisfy(span -> assertThat(attribute(span, "enduser.id")).isNull());
    }

    @Test
    void aRefusedToolCallHasTheErrorStatusAndTheRefusalsReason() {
        McpTestClient user = McpTestClient.as(token("calc:use")).initialize();

        user.callTool("reset_memory", Map.of()).assertForbidden();

        SpanData request = traces.span("tools/call reset_memory");
        assertThat(attribute(request, "mcp.warden.decision")).isEqualTo("DENIED");
        assertThat(attribute(request, "mcp.warden.outcome")).isEqualTo("DENIED");
        assertThat(attribute(request, "error.type")).isEqualTo("insufficient_scope");
        assertThat(request.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);

        SpanData tool = traces.span("execute_tool reset_memory");
        assertThat(tool.getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(attribute(tool, "mcp.warden.decision")).isEqualTo("DENIED");
        assertThat(attribute(tool, "error.type")).isEqualTo("insufficient_scope");
        assertThat(tool.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    }

    @Test
    void anArgumentErrorIsAToolErrorWithoutTheArgumentsValue() {
        McpTestClient user = McpTestClient.as(token("calc:use")).initialize();

        McpResponse response = user.callTool("add", Map.of("a", "not-a-number-7321", "b", 1));
        assertThat(response.<Boolean> path("result.isError")).isTrue();

        SpanData request = traces.span("tools/call add");
        assertThat(attribute(request, "mcp.warden.outcome")).isEqualTo("TOOL_ERROR");
        assertThat(attribute(request, "error.type")).isEqualTo("tool_error");
        assertThat(request.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        SpanData tool = traces.span("execute_tool add");
        assertThat(attribute(tool, "mcp.warden.outcome")).isEqualTo("TOOL_ERROR");
        assertThat(tool.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        Traces.assertNowhere(traces.trace(request), "not-a-number-7321");
    }

    @Test
    void aProtocolErrorCarriesItsJsonRpcCodeAndAMadeUpToolNameStaysOutOfTheTrace() {
        McpTestClient user = McpTestClient.as(token("calc:use")).initialize();

        McpResponse response = user.callTool("made_up_tool_4711", Map.of());
        Integer code = response.path("error.code");
        assertThat(code).as(response.body()).isEqualTo(-32602);

        SpanData request = traces.span("tools/call");
        assertThat(attribute(request, "gen_ai.tool.name")).isNull();
        assertThat(attribute(request, "mcp.warden.outcome")).isEqualTo("PROTOCOL_ERROR");
        assertThat(attribute(request, "error.type")).isEqualTo("-32602");
        assertThat(attribute(request, "rpc.response.status_code")).isEqualTo("-32602");
        assertThat(request.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        SpanData tool = traces.span("execute_tool");
        assertThat(tool.getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(attribute(tool, "error.type")).isEqualTo("-32602");
        Traces.assertNowhere(traces.trace(request), "made_up_tool_4711");
    }

    @Test
    void everyRequestHasASpanAndOnlyToolCallsHaveChildren() {
        McpTestClient user = McpTestClient.as(token("calc:use")).initialize();

        assertThat(user.listTools()).contains("add");

        SpanData initialize = traces.span("initialize");
        assertThat(attribute(initialize, "mcp.method.name")).isEqualTo("initialize");
        assertThat(attribute(initialize, "mcp.protocol.version")).isEqualTo("2025-11-25");
        assertThat(attribute(initialize, "mcp.warden.outcome")).isEqualTo("SUCCESS");
        assertThat(traces.parentOf(initialize).getName()).startsWith("POST");
        SpanData list = traces.span("tools/list");
        assertThat(attribute(list, "mcp.method.name")).isEqualTo("tools/list");
        assertThat(attribute(list, "mcp.warden.decision")).isEqualTo("ALLOWED");
        assertThat(traces.childrenOf(list)).isEmpty();
        assertThat(list.getTraceId()).isNotEqualTo(initialize.getTraceId());
        assertThat(traces.named("execute_tool")).isEmpty();
    }
}
