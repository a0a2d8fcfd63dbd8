package io.mcpwarden;

import java.util.Objects;

/**
 * A root the client shares with the server: a directory or file the server may work in ({@code roots/list}).
 *
 * @param uri the root's URI, a {@code file://} URI in the current revisions
 * @param name a human-readable name, or null
 */
public record Root(String uri, String name) {

    public Root {
        Objects.requireNonNull(uri, "uri");
    }
}
