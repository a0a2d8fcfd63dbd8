package io.mcpwarden.runtime.jsonrpc;

/**
 * JSON-RPC 2.0 error codes used by MCP.
 *
 * @see <a href="https://www.jsonrpc.org/specification#error_object">JSON-RPC error object</a>
 */
public final class JsonRpcErrorCode {

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;
    /**
     * Too many requests (a rate limit, or the sessions of one identity), sent with HTTP 429 and {@code Retry-After}:
     * MCP defines no code for it, so it is the first of JSON-RPC's implementation-defined server errors;
     * {@code data.retryAfterSeconds} repeats the header for clients that read only the body.
     */
    public static final int TOO_MANY_REQUESTS = -32000;
    /** Used by the MCP SDKs for an unknown or ended session. */
    public static final int SESSION_NOT_FOUND = -32001;
    /** MCP: {@code resources/read} of a URI that names no resource. */
    public static final int RESOURCE_NOT_FOUND = -32002;

    /** MCP 2026-07-28: the HTTP headers are missing or do not match the request body (HTTP 400). */
    public static final int HEADER_MISMATCH = -32020;
    /** MCP 2026-07-28: the request needs a client capability the client did not declare (HTTP 400). */
    public static final int MISSING_REQUIRED_CLIENT_CAPABILITY = -32021;
    /** MCP 2026-07-28: the requested protocol version is not spoken here; {@code data.supported} lists ours (HTTP 400). */
    public static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

    private JsonRpcErrorCode() {
    }
}
