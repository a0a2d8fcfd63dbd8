package io.mcpwarden.test;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.opentest4j.AssertionFailedError;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The server's answer to one request of an {@link McpTestClient}: an HTTP status, headers and a JSON-RPC message
 * (read from a JSON body or from the event stream). The {@code assert...} methods return this answer, so that
 * checks chain; when one fails, its message shows the status, the challenge and the body.
 */
public final class McpResponse {

    private final String method;
    private final int status;
    private final Response http;
    private final String message;
    private JsonPath json;

    McpResponse(String method, Response http, int requestId) {
        this.method = method;
        this.http = http;
        this.status = http.statusCode();
        this.message = jsonRpcMessage(http, requestId);
    }

    /**
     * The HTTP status.
     */
    public int status() {
        return status;
    }

    /**
     * An HTTP response header, or null.
     */
    public String header(String name) {
        return http.header(name);
    }

    /**
     * The JSON-RPC message answering the request (for an event stream, the event carrying it), or the raw body.
     */
    public String body() {
        return message;
    }

    /**
     * A value of the JSON-RPC message by a path such as {@code result.tools.name} or {@code error.code}, or null
     * when absent (rest-assured {@link JsonPath} syntax).
     */
    public <T> T path(String path) {
        return json().get(path);
    }

    /**
     * The {@code error.message} of a JSON-RPC error, or null.
     */
    public String errorMessage() {
        return path("error.message");
    }

    /**
     * Asserts a successful answer: HTTP 200 with a JSON-RPC result that is not a tool error ({@code isError}).
     */
    public McpResponse assertSuccess() {
        assertStatus(200);
        if (path("result") == null || Boolean.TRUE.equals(path("result.isError"))) {
            throw failure(method + " did not succeed");
        }
        return this;
    }

    /**
     * Asserts a tool error: HTTP 200 with a {@code tools/call} result that has {@code isError: true} and whose text
     * is exactly this message.
     */
    public McpResponse assertToolError(String expectedMessage) {
        assertStatus(200);
        if (!Boolean.TRUE.equals(path("result.isError"))) {
            throw failure(method + " did not end in a tool error");
        }
        String text = text();
        if (!Objects.equals(expectedMessage, text)) {
            throw new AssertionFailedError(method + " failed with another message", expectedMessage, text);
        }
        return this;
    }

    /**
     * Asserts HTTP 403: the caller is known but may not do this.
     */
    public McpResponse assertForbidden() {
        return assertStatus(403);
    }

    /**
     * Asserts HTTP 401: the request carries no token, or one the server refused, or one too weak for the tool.
     */
    public McpResponse assertUnauthorized() {
        return assertStatus(401);
    }

    /**
     * Asserts the exact {@code WWW-Authenticate} header, for instance
     * {@code Bearer error="insufficient_scope", scope="orders:read orders:write", resource_metadata="..."}.
     */
    public McpResponse assertChallenge(String expectedWwwAuthenticate) {
        String actual = header("WWW-Authenticate");
        if (!Objects.equals(expectedWwwAuthenticate, actual)) {
            throw new AssertionFailedError(method + " answered HTTP " + status + " with another WWW-Authenticate "
                    + "challenge; body: " + message, expectedWwwAuthenticate, actual);
        }
        return this;
    }

    /**
     * Asserts the HTTP status.
     */
    public McpResponse assertStatus(int expected) {
        if (status != expected) {
            throw new AssertionFailedError(describe(method + " answered HTTP " + status + " instead of " + expected),
                    expected, status);
        }
        return this;
    }

    /**
     * The text of a {@code tools/call} result: its text content blocks, joined by new lines.
     */
    public String text() {
        List<String> texts = path("result.content.findAll { it.type == 'text' }.text");
        if (texts == null) {
            throw failure(method + " has no result content");
        }
        return String.join("\n", texts);
    }

    /**
     * The {@code structuredContent} of a {@code tools/call} result as maps, lists and plain values.
     *
     * @throws AssertionError when the result has none
     */
    public Map<String, Object> structuredContent() {
        Map<String, Object> content = json().getMap("result.structuredContent");
        if (content == null) {
            throw failure(method + " has no structuredContent");
        }
        return content;
    }

    @Override
    public String toString() {
        return describe(method);
    }

    private JsonPath json() {
        if (json == null) {
            json = new JsonPath(message == null || message.isBlank() ? "{}" : message);
        }
        return json;
    }

    private AssertionError failure(String what) {
        return new AssertionError(describe(what));
    }

    private String describe(String what) {
        String challenge = header("WWW-Authenticate");
        return what + " (HTTP " + status + (challenge != null ? ", WWW-Authenticate: " + challenge : "") + "): "
                + message;
    }

    private static String jsonRpcMessage(Response http, int requestId) {
        String body = http.asString();
        String contentType = http.contentType();
        if (contentType == null || !contentType.startsWith("text/event-stream")) {
            return body;
        }
        // The answer is the event whose JSON-RPC message carries our id; earlier events may be notifications.
        String answer = null;
        for (String event : body.split("\r?\n\r?\n")) {
            StringBuilder data = new StringBuilder();
            for (String line : event.split("\r?\n")) {
                if (line.startsWith("data:")) {
                    data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
                }
            }
            if (data.length() > 0 && Objects.equals(new JsonPath(data.toString()).get("id"), requestId)) {
                answer = data.toString();
            }
        }
        return answer != null ? answer : body;
    }
}
