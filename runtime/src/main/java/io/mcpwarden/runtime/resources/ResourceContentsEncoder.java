package io.mcpwarden.runtime.resources;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.ResourceContents;

/**
 * Writes the {@code resources/read} result for a resource method's return value, without reflection.
 */
final class ResourceContentsEncoder {

    private ResourceContentsEncoder() {
    }

    /**
     * The result, or null when the method returned null (the resource does not exist).
     */
    static ObjectNode encode(ResourceMetadata resource, String uri, Object value) {
        if (value == null) {
            return null;
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode contents = result.putArray("contents");
        switch (resource.contentKind()) {
            case TEXT -> append(contents, ResourceContents.text(uri, resource.mimeType(), (String) value));
            case BLOB -> append(contents, ResourceContents.blob(uri, resource.mimeType(), (byte[]) value));
            case CONTENTS -> append(contents, (ResourceContents) value);
            case CONTENTS_LIST -> {
                for (Object item : (List<?>) value) {
                    append(contents, (ResourceContents) item);
                }
            }
        }
        return result;
    }

    private static void append(ArrayNode target, ResourceContents item) {
        ObjectNode node = target.addObject();
        node.put("uri", item.uri());
        if (item.mimeType() != null) {
            node.put("mimeType", item.mimeType());
        }
        if (item.text() != null) {
            node.put("text", item.text());
        } else {
            node.put("blob", item.blob());
        }
    }
}
