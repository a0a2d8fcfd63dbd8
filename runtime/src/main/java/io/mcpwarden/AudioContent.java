package io.mcpwarden;

import java.util.Base64;
import java.util.Objects;

/**
 * An audio content block.
 *
 * @param data the audio bytes, base64-encoded
 * @param mimeType the audio media type, for instance {@code audio/wav}
 */
public record AudioContent(String data, String mimeType) implements Content {

    public AudioContent {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(mimeType, "mimeType");
    }

    /**
     * An audio clip from raw bytes.
     */
    public static AudioContent of(byte[] bytes, String mimeType) {
        return new AudioContent(Base64.getEncoder().encodeToString(bytes), mimeType);
    }
}
