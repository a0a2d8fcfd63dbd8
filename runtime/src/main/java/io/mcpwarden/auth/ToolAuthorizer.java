package io.mcpwarden.auth;

/**
 * Decides whether a caller may make one particular tool call, given its arguments. Implement it as a CDI bean and
 * name it with {@link Authorize}.
 *
 * <pre>
 * &#64;ApplicationScoped
 * public class SameTenant implements ToolAuthorizer {
 *     &#64;Inject
 *     OrderRepository orders;
 *
 *     public AuthorizationDecision authorize(Caller caller, ToolArguments arguments) {
 *         String orderId = arguments.get("orderId", String.class);
 *         boolean own = orders.tenantOf(orderId).equals(caller.claim("org_id").orElse(null));
 *         return own ? AuthorizationDecision.allow() : AuthorizationDecision.deny("order belongs to another tenant");
 *     }
 * }
 * </pre>
 */
public interface ToolAuthorizer {

    AuthorizationDecision authorize(Caller caller, ToolArguments arguments);
}
