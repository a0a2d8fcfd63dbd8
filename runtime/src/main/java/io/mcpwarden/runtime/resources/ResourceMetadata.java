package io.mcpwarden.runtime.resources;

import java.util.List;

import io.mcpwarden.runtime.tools.ExecutionModel;

/**
 * Everything known about one resource or resource template at build time.
 *
 * @param uri the URI of a {@code @Resource}, or the URI template of a {@code @ResourceTemplate}
 * @param template whether {@code uri} is a template
 * @param name the name shown in listings
 * @param title a human-readable title, or null
 * @param description the description, or null
 * @param mimeType the media type, or null
 * @param parameters the method parameters, in order
 * @param contentKind how the return value becomes contents
 * @param async whether the method returns a {@code CompletionStage} (after {@code Uni} is adapted)
 * @param executionModel the thread the method runs on
 * @param declaringMethod {@code com.acme.Docs#readme()}, for logs
 * @param decorations {@code icons} and {@code _meta} as a JSON object, or null
 */
public record ResourceMetadata(
        String uri,
        boolean template,
        String name,
        String title,
        String description,
        String mimeType,
        List<ResourceParameter> parameters,
        ResourceContentKind contentKind,
        boolean async,
        ExecutionModel executionModel,
        String declaringMethod,
        String decorations) {

    /**
     * The key of this resource's access policy among the tool policies. Tool names cannot contain {@code :}, so the
     * prefix keeps the two apart.
     */
    public String policyKey() {
        return policyKey(uri);
    }

    public static String policyKey(String uriOrTemplate) {
        return "resource:" + uriOrTemplate;
    }
}
