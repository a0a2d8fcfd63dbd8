package io.mcpwarden.runtime.protocol;

/**
 * How the server introduces itself in {@code initialize}.
 *
 * @param name the {@code serverInfo.name}
 * @param version the {@code serverInfo.version}
 * @param title the {@code serverInfo.title}, or null
 * @param instructions the {@code instructions} for the client, or null
 */
public record ServerIdentity(String name, String version, String title, String instructions) {
}
