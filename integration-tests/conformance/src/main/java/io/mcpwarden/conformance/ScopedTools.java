package io.mcpwarden.conformance;

import io.mcpwarden.Tool;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.auth.RequiresScopes;

/**
 * Not part of the conformance suite: a tool that needs a scope, for the tests of the stdio transport's caller (the
 * scopes granted by {@code quarkus.warden.stdio.scopes}). Over HTTP the fixture runs with authentication off, so this
 * tool is open there like every other.
 */
public class ScopedTools {

    @Tool(name = "fixture_whoami", description = "Says who the caller is; needs the fixture:admin scope.")
    @RequiresScopes("fixture:admin")
    String whoami(Caller caller) {
        return "subject=" + caller.subject() + " scopes=" + caller.grantedScopes();
    }
}
