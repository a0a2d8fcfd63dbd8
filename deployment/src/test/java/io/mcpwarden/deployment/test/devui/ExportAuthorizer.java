package io.mcpwarden.deployment.test.devui;

import jakarta.enterprise.context.ApplicationScoped;

import io.mcpwarden.auth.AuthorizationDecision;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.auth.ToolArguments;
import io.mcpwarden.auth.ToolAuthorizer;

/**
 * Refuses exports to subjects whose name starts with {@code blocked}.
 */
@ApplicationScoped
public class ExportAuthorizer implements ToolAuthorizer {

    @Override
    public AuthorizationDecision authorize(Caller caller, ToolArguments arguments) {
        return caller.subject().startsWith("blocked") ? AuthorizationDecision.deny("blocked subject")
                : AuthorizationDecision.allow();
    }
}
