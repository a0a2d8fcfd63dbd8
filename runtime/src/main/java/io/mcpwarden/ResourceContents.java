package io.mcpwarden;

import java.util.Base64;
import java.util.Objects;

/**
 * One item of the contents of a resource, as returned by {@code resources/read}. Exactly one of {@code text} and
 * {@code blob} is set.
 *
 * @param uri the URI of this item: the read URI, or that of a part of it (a file of a directory, for instance)
 * @param mimeType the media type, may be null
 * @param text the textual contents, or null for binary contents
 * @param blob the binary contents, base64-encoded, or null for textual contents
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/resources#resource-contents">MCP
 *      resource contents</a>
 */
public record ResourceContents(String uri, String mimeType, String text, String blob) {

    public ResourceContents {
        Objects.requireNonNull(uri, "uri");
        if ((text == null) == (blob == null)) {
            throw new IllegalArgumentException("Resource contents are either text or blob, not both or none");
        }
    }

    /**
     * Textual contents.
     */
    public static ResourceContents text(String uri, String mimeType, String text) {
        return new ResourceContents(uri, mimeType, text, null);
    }

    /**
     * Binary contents, encoded here.
     */
    public static ResourceContents blob(String uri, String mimeType, byte[] bytes) {
        return new ResourceContents(uri, mimeType, null, Base64.getEncoder().encodeToString(bytes));
    }
}
