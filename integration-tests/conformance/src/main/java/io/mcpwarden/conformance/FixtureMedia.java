package io.mcpwarden.conformance;

import java.util.Base64;

/**
 * The small binary payloads the conformance fixtures return.
 */
final class FixtureMedia {

    /** A 1x1 red pixel, as a PNG. */
    static final byte[] RED_PIXEL_PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    /** Eight samples of silence: 8 kHz, mono, 8-bit PCM, as a WAV file. */
    static final byte[] SILENCE_WAV = Base64.getDecoder().decode(
            "UklGRiwAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQgAAACAgICAgICAgA==");

    private FixtureMedia() {
    }
}
