package io.mcpwarden.runtime.authorizationserver.cimd;

/**
 * A Client ID Metadata Document that could not be used; the message completes "The client's metadata document was
 * refused: ..." and never quotes the document.
 */
public final class MetadataDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MetadataDocumentException(String why) {
        super(why, null, false, false);
    }
}
