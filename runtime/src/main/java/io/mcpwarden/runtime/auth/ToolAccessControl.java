package io.mcpwarden.runtime.auth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.mcpwarden.auth.Caller;

/**
 * Decides, from the build-time policies, whether a caller may see and call each tool, and writes the challenge when
 * not. A tool without a policy needs an authenticated caller: this fails closed.
 */
public final class ToolAccessControl {

    private static final ToolPolicy AUTHENTICATED_ONLY = new ToolPolicy("", false, List.of(), List.of(), List.of(),
            null, null);

    // Copy-on-write, for tools added at run time; decisions read one volatile map without locks.
    private volatile Map<String, ToolPolicy> policies;
    private final BearerChallenges challenges;
    private final boolean enforced;

    /**
     * Access control that enforces the policies.
     */
    public ToolAccessControl(List<ToolPolicy> policies, BearerChallenges challenges) {
        this(policies, challenges, true);
    }

    private ToolAccessControl(List<ToolPolicy> policies, BearerChallenges challenges, boolean enforced) {
        this.enforced = enforced;
        Map<String, ToolPolicy> byTool = new java.util.HashMap<>();
        for (ToolPolicy policy : policies) {
            byTool.put(policy.toolName(), policy);
        }
        this.policies = Map.copyOf(byTool);
        this.challenges = challenges;
    }

    /**
     * Access control for a server with authentication turned off: every tool is open to everyone.
     */
    public static ToolAccessControl disabled() {
        return new ToolAccessControl(List.of(), null, false);
    }

    /**
     * Access control for another kind of feature (prompts) with rules of the same shape: same challenges, same
     * enforcement. A name without a policy still needs an authenticated caller.
     */
    public ToolAccessControl withPolicies(List<ToolPolicy> otherPolicies) {
        return new ToolAccessControl(otherPolicies, challenges, enforced);
    }

    /**
     * Adds the policy of a tool added at run time.
     */
    public synchronized void addPolicy(ToolPolicy policy) {
        Map<String, ToolPolicy> copy = new java.util.HashMap<>(policies);
        copy.put(policy.toolName(), policy);
        policies = Map.copyOf(copy);
    }

    public synchronized void removePolicy(String tool) {
        Map<String, ToolPolicy> copy = new java.util.HashMap<>(policies);
        copy.remove(tool);
        policies = Map.copyOf(copy);
    }

    public boolean hasPublicTools() {
        return policies.values().stream().anyMatch(ToolPolicy::publicTool);
    }

    public AccessDecision decide(String tool, Caller caller) {
        ToolPolicy policy = policies.getOrDefault(tool, AUTHENTICATED_ONLY);
        if (!enforced || policy.publicTool()) {
            return AccessDecision.ALLOWED;
        }
        if (!caller.authenticated()) {
            return AccessDecision.AUTHENTICATION_REQUIRED;
        }
        List<String> missing = new ArrayList<>();
        for (String scope : policy.allOf()) {
            if (!caller.hasScope(scope)) {
                missing.add(scope);
            }
        }
        if (!policy.anyOf().isEmpty() && policy.anyOf().stream().noneMatch(caller::hasScope)) {
            missing.add(policy.anyOf().get(0));
        }
        if (!missing.isEmpty()) {
            return new AccessDecision(AccessDecision.Outcome.INSUFFICIENT_SCOPE, List.copyOf(missing));
        }
        for (ClaimRequirement claim : policy.claims()) {
            if (!claim.isMetBy(caller)) {
                return AccessDecision.CLAIM_NOT_MET;
            }
        }
        if (policy.authStrength() != null && !policy.authStrength().isMetBy(caller, Instant.now())) {
            return AccessDecision.INSUFFICIENT_USER_AUTHENTICATION;
        }
        return AccessDecision.ALLOWED;
    }

    /**
     * Whether the tool appears in the caller's {@code tools/list}: when the caller may call it, or could after a
     * stronger login.
     */
    public boolean visible(String tool, Caller caller) {
        AccessDecision.Outcome outcome = decide(tool, caller).outcome();
        return outcome == AccessDecision.Outcome.ALLOWED
                || outcome == AccessDecision.Outcome.INSUFFICIENT_USER_AUTHENTICATION;
    }

    /**
     * The refusal to send for a denied decision: 401 for an anonymous caller, else 403 whose {@code scope} lists all
     * scopes this tool needs followed by those already granted, so that one new authorization grants everything.
     */
    public AuthChallengeException refusal(String tool, Caller caller, AccessDecision decision) {
        ToolPolicy policy = policies.getOrDefault(tool, AUTHENTICATED_ONLY);
        switch (decision.outcome()) {
            case AUTHENTICATION_REQUIRED:
                return challenges.missingToken();
            case CLAIM_NOT_MET:
                return challenges.forbidden();
            case INSUFFICIENT_USER_AUTHENTICATION:
                return challenges.insufficientUserAuthentication(policy.authStrength().acrValues(),
                        policy.authStrength().maxAgeSeconds());
            default:
                break;
        }
        Set<String> scopes = new LinkedHashSet<>(policy.allOf());
        scopes.addAll(decision.missingScopes());
        scopes.addAll(new TreeSet<>(caller.grantedScopes()));
        return challenges.insufficientScope(scopes);
    }
}
