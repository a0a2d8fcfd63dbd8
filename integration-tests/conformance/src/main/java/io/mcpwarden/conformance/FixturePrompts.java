package io.mcpwarden.conformance;

import java.util.List;

import io.mcpwarden.EmbeddedResource;
import io.mcpwarden.ImageContent;
import io.mcpwarden.Prompt;
import io.mcpwarden.PromptArg;
import io.mcpwarden.PromptMessage;

/**
 * The prompts the official conformance suite gets by name.
 */
public class FixturePrompts {

    @Prompt(name = "test_simple_prompt", description = "A simple prompt without arguments.")
    String simplePrompt() {
        return "This is a simple prompt for testing.";
    }

    @Prompt(name = "test_prompt_with_arguments", description = "A prompt with two required arguments.")
    String promptWithArguments(@PromptArg(description = "First test argument") String arg1,
            @PromptArg(description = "Second test argument") String arg2) {
        return "Prompt with arguments: arg1='" + arg1 + "', arg2='" + arg2 + "'";
    }

    @Prompt(name = "test_prompt_with_embedded_resource", description = "A prompt that embeds a resource.")
    List<PromptMessage> promptWithEmbeddedResource(
            @PromptArg(description = "URI of the resource to embed") String resourceUri) {
        return List.of(
                PromptMessage.user(
                        EmbeddedResource.text(resourceUri, "text/plain", "Embedded resource content for testing.")),
                PromptMessage.user("Please process the embedded resource above."));
    }

    @Prompt(name = "test_prompt_with_image", description = "A prompt with an image.")
    List<PromptMessage> promptWithImage() {
        return List.of(PromptMessage.user(ImageContent.of(FixtureMedia.RED_PIXEL_PNG, "image/png")),
                PromptMessage.user("Please analyze the image above."));
    }
}
