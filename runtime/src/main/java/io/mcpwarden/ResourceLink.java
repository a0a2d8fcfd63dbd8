package io.mcpwarden;

import java.util.Objects;

/**
 * A link to a resource the client may read later.
 *
 * @param uri the resource URI
 * @param name a programmatic name for the resource
 * @param description what the resource holds, may be null
 * @param mimeType the media type, may be null
 */
public record ResourceLink(String uri, String name, String description, String mimeType) implements Content {

    public ResourceLink {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
    }
}
