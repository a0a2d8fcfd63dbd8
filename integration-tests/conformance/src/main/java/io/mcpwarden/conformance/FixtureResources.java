package io.mcpwarden.conformance;

import io.mcpwarden.Resource;
import io.mcpwarden.ResourceTemplate;

/**
 * The resources and resource template the official conformance suite reads by URI.
 */
public class FixtureResources {

    @Resource(uri = "test://static-text", name = "static-text", description = "A static text resource.", mimeType = "text/plain")
    String staticText() {
        return "This is the content of the static text resource.";
    }

    @Resource(uri = "test://static-binary", name = "static-binary", description = "A static binary resource: a PNG image.", mimeType = "image/png")
    byte[] staticBinary() {
        return FixtureMedia.RED_PIXEL_PNG;
    }

    @Resource(uri = "test://watched-resource", name = "watched-resource", description = "A resource clients may watch for updates.", mimeType = "text/plain")
    String watchedResource() {
        return "Watched resource content";
    }

    @ResourceTemplate(uriTemplate = "test://template/{id}/data", name = "template-data", description = "Data for an id, substituted from the URI.", mimeType = "application/json")
    String templateData(String id) {
        return "{\"id\":\"" + id + "\",\"templateTest\":true,\"data\":\"Data for ID: " + id + "\"}";
    }
}
