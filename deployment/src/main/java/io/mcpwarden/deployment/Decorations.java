package io.mcpwarden.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.mcpwarden.Icon;
import io.mcpwarden.Meta;
import io.quarkus.arc.processor.AnnotationStore;

/**
 * Reads {@code @Icon} and {@code @Meta} on a tool, prompt or resource method into the JSON object added to its
 * descriptor ({@code icons}, {@code _meta}), collecting every rule they break.
 */
final class Decorations {

    private static final DotName ICON = DotName.createSimple(Icon.class);
    private static final DotName ICONS = DotName.createSimple(Icon.List.class);
    private static final DotName META = DotName.createSimple(Meta.class);
    private static final DotName METAS = DotName.createSimple(Meta.List.class);
    private static final Pattern SIZE = Pattern.compile("any|[0-9]{1,5}x[0-9]{1,5}");
    // A prefix is labels separated by dots, then '/'; the name starts and ends with an alphanumeric character.
    private static final Pattern META_KEY = Pattern.compile(
            "([A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?)*/)?"
                    + "[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?");
    private static final Pattern RESERVED_PREFIX = Pattern.compile("[^./]+\\.(modelcontextprotocol|mcp)(\\..*)?/.*");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Decorations() {
    }

    /**
     * The {@code icons} and {@code _meta} of the method as JSON text, or null when it declares neither.
     */
    static String read(AnnotationStore annotations, MethodInfo method, String kind, String where,
            List<String> errors) {
        List<AnnotationInstance> icons = repeated(annotations, method, ICON, ICONS);
        List<AnnotationInstance> metas = repeated(annotations, method, META, METAS);
        if (icons.isEmpty() && metas.isEmpty()) {
            return null;
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        if (!icons.isEmpty()) {
            ArrayNode array = result.putArray("icons");
            for (AnnotationInstance icon : icons) {
                array.add(icon(icon, kind, where, errors));
            }
        }
        if (!metas.isEmpty()) {
            ObjectNode meta = result.putObject("_meta");
            for (AnnotationInstance entry : metas) {
                String key = entry.value("key").asString();
                if (!META_KEY.matcher(key).matches()) {
                    errors.add("@Meta key '" + key + "' on " + kind + " is invalid: use an optional reverse-DNS "
                            + "prefix and '/', then a name of letters, digits, '.', '_' and '-': " + where);
                } else if (RESERVED_PREFIX.matcher(key).matches()) {
                    errors.add("@Meta key '" + key + "' on " + kind + " uses a prefix reserved by MCP: " + where);
                } else if (meta.has(key)) {
                    errors.add("@Meta key '" + key + "' is declared twice on " + kind + ": " + where);
                } else {
                    meta.set(key, literal(entry.value("value").asString()));
                }
            }
        }
        return result.toString();
    }

    private static ObjectNode icon(AnnotationInstance icon, String kind, String where, List<String> errors) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        String src = icon.value("src").asString();
        if (!src.startsWith("https://") && !src.startsWith("data:")) {
            errors.add("@Icon src '" + src + "' on " + kind + " must be an https: or data: URI: " + where);
        }
        node.put("src", src);
        String mimeType = string(icon, "mimeType");
        if (mimeType != null) {
            node.put("mimeType", mimeType);
        }
        AnnotationValue sizes = icon.value("sizes");
        if (sizes != null && sizes.asStringArray().length > 0) {
            ArrayNode array = node.putArray("sizes");
            for (String size : sizes.asStringArray()) {
                if (!SIZE.matcher(size).matches()) {
                    errors.add("@Icon size '" + size + "' on " + kind + " must be WIDTHxHEIGHT or any: " + where);
                }
                array.add(size);
            }
        }
        String theme = string(icon, "theme");
        if (theme != null) {
            if (!theme.equals("light") && !theme.equals("dark")) {
                errors.add("@Icon theme '" + theme + "' on " + kind + " must be light or dark: " + where);
            }
            node.put("theme", theme);
        }
        return node;
    }

    private static List<AnnotationInstance> repeated(AnnotationStore annotations, MethodInfo method, DotName single,
            DotName container) {
        List<AnnotationInstance> result = new ArrayList<>();
        for (AnnotationInstance annotation : annotations.getAnnotations(method)) {
            if (annotation.target() == null || annotation.target().kind() != org.jboss.jandex.AnnotationTarget.Kind.METHOD) {
                continue;
            }
            if (annotation.name().equals(single)) {
                result.add(annotation);
            } else if (annotation.name().equals(container)) {
                for (AnnotationInstance nested : annotation.value().asNestedArray()) {
                    result.add(nested);
                }
            }
        }
        return result;
    }

    private static JsonNode literal(String text) {
        try {
            JsonNode value = MAPPER.readTree(text);
            if (value != null && !value.isMissingNode()) {
                return value;
            }
        } catch (JsonProcessingException e) {
            // not JSON: a bare string
        }
        return TextNode.valueOf(text);
    }

    private static String string(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null || value.asString().isEmpty() ? null : value.asString();
    }
}
