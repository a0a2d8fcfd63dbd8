package io.mcpwarden.it.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;

/**
 * The spans the application exported, waited for: the HTTP server span ends after the response has been written, so
 * it may be exported a moment after the client has read the answer.
 */
final class Traces {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final InMemorySpanExporter exporter;

    Traces(InMemorySpanExporter exporter) {
        this.exporter = exporter;
    }

    static String attribute(SpanData span, String key) {
        return span.getAttributes().get(AttributeKey.stringKey(key));
    }

    /** The only exported span with this name, once it and its parent (when it has one) have been exported. */
    SpanData span(String name) {
        return await(spans -> spans.stream().filter(span -> span.getName().equals(name)).count() == 1
                && parentExported(spans, only(spans, name)), "the span " + name).stream()
                .filter(span -> span.getName().equals(name)).findFirst().orElseThrow();
    }

    SpanData parentOf(SpanData child) {
        return exporter.getFinishedSpanItems().stream()
                .filter(span -> span.getSpanId().equals(child.getParentSpanId())).findFirst()
                .orElseThrow(() -> new AssertionError("the parent of " + child.getName() + " was not exported"));
    }

    List<SpanData> childrenOf(SpanData parent) {
        return exporter.getFinishedSpanItems().stream()
                .filter(span -> span.getParentSpanId().equals(parent.getSpanId())).toList();
    }

    /** Every span of the trace the given span belongs to. */
    List<SpanData> trace(SpanData member) {
        return exporter.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(member.getTraceId())).toList();
    }

    /** Every exported span whose name starts with the prefix. */
    List<SpanData> named(String prefix) {
        return exporter.getFinishedSpanItems().stream().filter(span -> span.getName().startsWith(prefix)).toList();
    }

    /** Fails unless no attribute or status description of these spans contains the text. */
    static void assertNowhere(List<SpanData> spans, String text) {
        for (SpanData span : spans) {
            assertThat(span.getName()).as("name of %s", span.getName()).doesNotContain(text);
            assertThat(span.getStatus().getDescription()).as("status of %s", span.getName()).doesNotContain(text);
            span.getAttributes().forEach((key, value) -> assertThat(String.valueOf(value))
                    .as("attribute %s of %s", key.getKey(), span.getName()).doesNotContain(text));
        }
    }

    private boolean parentExported(List<SpanData> spans, SpanData span) {
        return !span.getParentSpanContext().isValid()
                || spans.stream().anyMatch(other -> other.getSpanId().equals(span.getParentSpanId()));
    }

    private static SpanData only(List<SpanData> spans, String name) {
        return spans.stream().filter(span -> span.getName().equals(name)).findFirst().orElseThrow();
    }

    private List<SpanData> await(Predicate<List<SpanData>> ready, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<SpanData> spans = exporter.getFinishedSpanItems();
            if (ready.test(spans)) {
                return spans;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + WAIT.toSeconds() + " s for " + what + "; exported: "
                        + spans.stream().map(SpanData::getName).toList());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    Optional<SpanData> find(String name) {
        return exporter.getFinishedSpanItems().stream().filter(span -> span.getName().equals(name)).findFirst();
    }
}
