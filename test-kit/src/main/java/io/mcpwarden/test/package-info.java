/**
 * Testing support for MCP Warden applications: {@link io.mcpwarden.test.WardenTestIdentityProvider} secures the
 * application under test with a real identity provider, {@link io.mcpwarden.test.TestTokens} issues signed tokens
 * for any caller, and {@link io.mcpwarden.test.McpTestClient} calls tools as that caller over real HTTP. See
 * {@code docs/guide/testing.md}.
 */
package io.mcpwarden.test;
