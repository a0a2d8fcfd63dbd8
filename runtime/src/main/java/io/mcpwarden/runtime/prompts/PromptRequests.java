package io.mcpwarden.runtime.prompts;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.auth.AccessDecision;
import io.mcpwarden.runtime.auth.AuthChallengeException;
import io.mcpwarden.runtime.auth.ToolAccessControl;
import io.mcpwarden.runtime.session.McpSession;

/**
 * Answers {@code prompts/list} and {@code prompts/get}, applying each prompt's access rule: a caller sees only the
 * prompts it may get, and is refused (401 or 403 with a challenge) when it asks for another.
 */
public final class PromptRequests {

    private final PromptListHandler list;
    private final PromptGetHandler get;
    private final ToolAccessControl access;

    /**
     * @param access access control built from {@link PromptCatalog#policies()}
     */
    public PromptRequests(PromptListHandler list, PromptGetHandler get, ToolAccessControl access) {
        this.list = list;
        this.get = get;
        this.access = access;
    }

    public boolean offersPrompts() {
        return list.offersPrompts();
    }

    public CompletionStage<JsonNode> list(ObjectNode params, Caller caller) {
        return CompletableFuture.completedFuture(list.list(params, prompt -> access.visible(prompt.name(), caller)));
    }

    public CompletionStage<JsonNode> get(ObjectNode params, Caller caller, McpSession session) {
        String name = PromptGetHandler.name(params);
        // Access first, as for tools: an anonymous caller learns nothing about which prompt names exist.
        checkAccess(name, caller);
        return get.get(get.find(name), params, caller, session);
    }

    /**
     * Throws the refusal (401 or 403 with a challenge) when the caller may not get this prompt.
     */
    public void checkAccess(String name, Caller caller) {
        AccessDecision decision = access.decide(name, caller);
        if (!decision.allowed()) {
            AuthChallengeException refusal = access.refusal(name, caller, decision);
            if (decision.outcome() == AccessDecision.Outcome.INSUFFICIENT_SCOPE) {
                // Same challenge as for a tool; the message names what was asked for.
                refusal = new AuthChallengeException(refusal.status(), refusal.wwwAuthenticate(), refusal.reason(),
                        "Forbidden: this prompt needs more scopes than the token grants");
            }
            throw refusal;
        }
    }
}
