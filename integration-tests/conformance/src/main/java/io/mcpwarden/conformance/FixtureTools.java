package io.mcpwarden.conformance;

import java.util.List;

import io.mcpwarden.AudioContent;
import io.mcpwarden.Content;
import io.mcpwarden.EmbeddedResource;
import io.mcpwarden.ImageContent;
import io.mcpwarden.TextContent;
import io.mcpwarden.Tool;
import io.mcpwarden.ToolCallException;

/**
 * The tools the official conformance suite calls by name, with the exact results its scenarios expect (see
 * {@code docs/guide/conformance.md}).
 */
public class FixtureTools {

    @Tool(name = "test_simple_text", description = "Returns a simple text response.")
    String simpleText() {
        return "This is a simple text response for testing.";
    }

    @Tool(name = "test_image_content", description = "Returns a 1x1 red PNG image.")
    ImageContent imageContent() {
        return ImageContent.of(FixtureMedia.RED_PIXEL_PNG, "image/png");
    }

    @Tool(name = "test_audio_content", description = "Returns a short WAV audio clip.")
    AudioContent audioContent() {
        return AudioContent.of(FixtureMedia.SILENCE_WAV, "audio/wav");
    }

    @Tool(name = "test_embedded_resource", description = "Returns an embedded text resource.")
    EmbeddedResource embeddedResource() {
        return EmbeddedResource.text("test://embedded-resource", "text/plain", "This is an embedded resource content.");
    }

    @Tool(name = "test_multiple_content_types", description = "Returns text, an image and an embedded resource.")
    List<Content> multipleContentTypes() {
        return List.of(new TextContent("Multiple content types test:"),
                ImageContent.of(FixtureMedia.RED_PIXEL_PNG, "image/png"),
                EmbeddedResource.text("test://mixed-content-resource", "application/json",
                        "{\"test\":\"data\",\"value\":123}"));
    }

    @Tool(name = "test_error_handling", description = "Always fails, to test error reporting.")
    String errorHandling() {
        throw new ToolCallException("This tool intentionally returns an error for testing");
    }
}
