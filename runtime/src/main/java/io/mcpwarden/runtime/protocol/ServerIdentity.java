package io.mcpwarden.runtime.protocol;

/**
 * How the server introduces itself in {@code initialize}.
 *
 * @param name the {@code serverInfo.name}
 * @param version the {@code serverInfo.version}
 * @param title the {@code serverInfo.title}, or null
 * @param instructions the {@code instructions} for the client, or null
 * @param websiteUrl the {@code serverInfo.websiteUrl}, or null
 * @param icons the {@code serverInfo.icons} URLs (may be empty)
 */
public record ServerIdentity(String name, String version, String title, String instructions, String websiteUrl,
        java.util.List<String> icons) {

    public ServerIdentity {
        icons = java.util.List.copyOf(icons);
        for (String icon : icons) {
            if (!icon.startsWith("https://") && !icon.startsWith("data:")) {
                throw new io.quarkus.runtime.configuration.ConfigurationException(
                        "quarkus.warden.server.icons must hold https: or data: URLs: " + icon);
            }
        }
    }
}
