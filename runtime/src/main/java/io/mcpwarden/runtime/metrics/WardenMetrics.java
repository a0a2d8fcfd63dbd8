package io.mcpwarden.runtime.metrics;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.runtime.McpEndpoint;
import io.mcpwarden.runtime.auth.TokenCacheStatistics;
import io.mcpwarden.runtime.prompts.PromptCatalog;
import io.mcpwarden.runtime.tools.ToolCatalog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;

/**
 * Micrometer meters for MCP Warden, fed by the audit events (so every audited call is counted exactly once) and by the
 * verified-token cache. Registered only when the application has a Micrometer extension.
 * <ul>
 * <li>{@code mcp.warden.requests} (counter): calls that reached application code or were refused, tagged
 * {@code method}, {@code name}, {@code decision}, {@code outcome};</li>
 * <li>{@code mcp.warden.request.duration} (timer with a percentile histogram): their duration, tagged {@code method},
 * {@code name}, {@code outcome};</li>
 * <li>{@code mcp.warden.denials} (counter): refusals by {@code reason} ({@code missing_token}, {@code invalid_token},
 * {@code insufficient_scope}, ...) and {@code method};</li>
 * <li>{@code mcp.warden.token.cache} (function counter): verified-token cache lookups by {@code result}
 * ({@code hit}, {@code miss}).</li>
 * </ul>
 * The {@code name} tag is the tool or prompt name only when the application declares it; anything a client made up
 * becomes {@code other}, so clients cannot grow the number of time series. Resource URIs are never tags (they may
 * carry data): {@code resources/read} is tagged with the name {@code -}.
 */
@Singleton
public class WardenMetrics {

    static final String OTHER = "other";
    static final String NONE = "-";

    private final MeterRegistry registry;
    private final ToolCatalog tools;
    private final PromptCatalog prompts;
    private final ConcurrentMap<CallKey, CallMeters> calls = new ConcurrentHashMap<>();
    private final ConcurrentMap<DenialKey, Counter> denials = new ConcurrentHashMap<>();

    WardenMetrics(MeterRegistry registry, ToolCatalog tools, PromptCatalog prompts) {
        this.registry = registry;
        this.tools = tools;
        this.prompts = prompts;
    }

    void bindTokenCache(@Observes StartupEvent startup, McpEndpoint endpoint) {
        TokenCacheStatistics statistics = endpoint.tokenCacheStatistics();
        if (statistics == null) {
            return; // authentication is off: no tokens, no cache
        }
        FunctionCounter.builder("mcp.warden.token.cache", statistics, TokenCacheStatistics::hits)
                .description("Bearer tokens found already verified in the cache")
                .tag("result", "hit")
                .register(registry);
        FunctionCounter.builder("mcp.warden.token.cache", statistics, TokenCacheStatistics::misses)
                .description("Bearer tokens not in the cache, verified against the identity provider")
                .tag("result", "miss")
                .register(registry);
    }

    void onAudit(@Observes AuditEvent event) {
        String method = event.method() == null ? NONE : event.method();
        String name = name(method, event.target());
        CallMeters meters = calls.computeIfAbsent(new CallKey(method, name, event.decision(), event.outcome()),
                this::register);
        meters.count.increment();
        meters.duration.record(event.durationMicros(), TimeUnit.MICROSECONDS);
        if (event.decision() == AuditEvent.Decision.DENIED) {
            String reason = event.reason() == null ? NONE : event.reason();
            denials.computeIfAbsent(new DenialKey(method, reason), key -> Counter.builder("mcp.warden.denials")
                    .description("Requests refused by MCP Warden, by reason")
                    .tag("method", key.method())
                    .tag("reason", key.reason())
                    .register(registry)).increment();
        }
    }

    private String name(String method, String target) {
        if (target == null) {
            return NONE;
        }
        return switch (method) {
            case "tools/call" -> tools.find(target) != null ? target : OTHER;
            case "prompts/get" -> prompts.find(target) != null ? target : OTHER;
            default -> NONE;
        };
    }

    private CallMeters register(CallKey key) {
        Counter count = Counter.builder("mcp.warden.requests")
                .description("MCP calls served or refused by MCP Warden")
                .tag("method", key.method())
                .tag("name", key.name())
                .tag("decision", key.decision().name())
                .tag("outcome", key.outcome().name())
                .register(registry);
        Timer duration = Timer.builder("mcp.warden.request.duration")
                .description("Time MCP Warden spent serving a call, refusals included")
                .tag("method", key.method())
                .tag("name", key.name())
                .tag("outcome", key.outcome().name())
                .publishPercentileHistogram()
                .register(registry);
        return new CallMeters(count, duration);
    }

    private record CallKey(String method, String name, AuditEvent.Decision decision, AuditEvent.Outcome outcome) {
    }

    private record DenialKey(String method, String reason) {
    }

    private record CallMeters(Counter count, Timer duration) {
    }
}
