package io.mcpwarden;

/**
 * Adds and removes tools while the server runs; inject it anywhere. Every change sends
 * {@code notifications/tools/list_changed} to the sessions that have a GET stream open, and the server advertises
 * {@code tools.listChanged: true}.
 * <p>
 * A run-time tool goes through the same authorization as an annotated one: with authentication on it needs an
 * authenticated caller holding all its {@link DynamicTool#requiredScopes()} (which must be declared in
 * {@code quarkus.warden.scopes}, or {@link #add} refuses it), it is listed only to callers who may call it, and its
 * calls are audited. Run-time tools cannot be public.
 *
 * <pre>{@code
 * @Inject
 * ToolRegistry tools;
 *
 * void enableReports() {
 *     tools.add(DynamicTool.builder("monthly_report")
 *             .description("Builds the monthly sales report")
 *             .requiresScopes("reports:read")
 *             .handler((arguments, caller) -> ToolResult.text(reports.monthly()))
 *             .build());
 * }
 * }</pre>
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools#list-changed-notification">List
 *      changed notification</a>
 */
public interface ToolRegistry {

    /**
     * Adds a tool.
     *
     * @throws IllegalArgumentException when the name is invalid or taken, the schema is not a JSON object, or a
     *         scope is not declared
     */
    void add(DynamicTool tool);

    /**
     * Removes a tool added with {@link #add}; returns false when there is no such run-time tool (annotated tools
     * cannot be removed).
     */
    boolean remove(String name);
}
