package io.mcpwarden.runtime.auth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import io.mcpwarden.auth.AuthorizationDecision;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.auth.ToolArguments;
import io.mcpwarden.auth.ToolAuthorizer;
import io.quarkus.arc.Arc;

/**
 * The argument-aware rules ({@code @Authorize}) of the tools that have one, resolved to their beans at startup.
 */
public final class ToolAuthorizers {

    private static final Logger LOG = Logger.getLogger(ToolAuthorizers.class);
    private static final ToolAuthorizers NONE = new ToolAuthorizers(Map.of());

    private final Map<String, ToolAuthorizer> byTool;

    private ToolAuthorizers(Map<String, ToolAuthorizer> byTool) {
        this.byTool = byTool;
    }

    /**
     * No rules: authentication is off.
     */
    public static ToolAuthorizers none() {
        return NONE;
    }

    @SuppressWarnings("unchecked")
    static ToolAuthorizers resolve(List<ToolPolicy> policies) {
        Map<String, ToolAuthorizer> byTool = new HashMap<>();
        for (ToolPolicy policy : policies) {
            if (policy.authorizer() != null) {
                byTool.put(policy.toolName(), Arc.container()
                        .instance((Class<? extends ToolAuthorizer>) policy.authorizer()).get());
            }
        }
        return new ToolAuthorizers(Map.copyOf(byTool));
    }

    /**
     * Runs the tool's rule, if it has one; returns the refusal to send, or null when the call may proceed. Fails
     * closed: a rule that throws denies.
     */
    public AuthChallengeException check(String tool, Caller caller, Map<String, Object> arguments) {
        ToolAuthorizer authorizer = byTool.get(tool);
        if (authorizer == null) {
            return null;
        }
        AuthorizationDecision decision;
        try {
            decision = authorizer.authorize(caller, new Arguments(tool, arguments));
        } catch (RuntimeException e) {
            LOG.errorf(e, "The @Authorize rule of tool '%s' failed; the call is denied", tool);
            return new AuthChallengeException(403, null, "policy_error",
                    "Forbidden: the tool's authorization rule could not decide");
        }
        if (decision != null && decision.allowed()) {
            return null;
        }
        String reason = decision == null ? "no decision" : decision.reason();
        return new AuthChallengeException(403, null, "policy_denied", "Forbidden: " + reason);
    }

    private record Arguments(String toolName, Map<String, Object> asMap) implements ToolArguments {

        @Override
        public Object get(String name) {
            return asMap.get(name);
        }
    }
}
