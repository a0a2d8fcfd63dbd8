package io.mcpwarden;

import java.util.Base64;
import java.util.Objects;

/**
 * A resource whose contents travel inside the result. Exactly one of {@code text} and {@code blob} is set.
 *
 * @param uri the resource URI
 * @param mimeType the media type, may be null
 * @param text the textual contents, or null for binary contents
 * @param blob the binary contents, base64-encoded, or null for textual contents
 */
public record EmbeddedResource(String uri, String mimeType, String text, String blob) implements Content {

    public EmbeddedResource {
        Objects.requireNonNull(uri, "uri");
        if ((text == null) == (blob == null)) {
            throw new IllegalArgumentException("An embedded resource has either text or blob contents, not both or none");
        }
    }

    /**
     * A resource with textual contents.
     */
    public static EmbeddedResource text(String uri, String mimeType, String text) {
        return new EmbeddedResource(uri, mimeType, text, null);
    }

    /**
     * A resource with binary contents.
     */
    public static EmbeddedResource blob(String uri, String mimeType, byte[] bytes) {
        return new EmbeddedResource(uri, mimeType, null, Base64.getEncoder().encodeToString(bytes));
    }
}
