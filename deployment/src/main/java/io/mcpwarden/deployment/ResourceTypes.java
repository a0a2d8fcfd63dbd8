package io.mcpwarden.deployment;

import org.jboss.jandex.DotName;
import org.jboss.jandex.PrimitiveType;
import org.jboss.jandex.Type;

import io.mcpwarden.Resource;
import io.mcpwarden.ResourceContents;
import io.mcpwarden.ResourceTemplate;
import io.mcpwarden.runtime.resources.ResourceContentKind;

/**
 * The annotations of resource methods, and the return types they may declare, as listed in the {@code @Resource}
 * javadoc.
 */
final class ResourceTypes {

    static final DotName RESOURCE = DotName.createSimple(Resource.class);
    static final DotName RESOURCE_TEMPLATE = DotName.createSimple(ResourceTemplate.class);
    static final DotName RESOURCE_CONTENTS = DotName.createSimple(ResourceContents.class);
    static final DotName STRING = DotName.createSimple(String.class);

    private ResourceTypes() {
    }

    /**
     * How a return type becomes contents, or null when it is not supported.
     *
     * @param kind the contents kind
     * @param async whether the method completes later ({@code Uni} or {@code CompletionStage})
     */
    record ReturnShape(ResourceContentKind kind, boolean async) {
    }

    static ReturnShape classifyReturn(Type type) {
        boolean async = DotNames.isAsync(type);
        if (async && type.kind() != Type.Kind.PARAMETERIZED_TYPE) {
            return null;
        }
        ResourceContentKind kind = classifyValue(async ? type.asParameterizedType().arguments().get(0) : type);
        return kind == null ? null : new ReturnShape(kind, async);
    }

    private static ResourceContentKind classifyValue(Type type) {
        if (type.kind() == Type.Kind.CLASS && type.name().equals(STRING)) {
            return ResourceContentKind.TEXT;
        }
        if (type.kind() == Type.Kind.CLASS && type.name().equals(RESOURCE_CONTENTS)) {
            return ResourceContentKind.CONTENTS;
        }
        if (type.kind() == Type.Kind.ARRAY && type.asArrayType().dimensions() == 1
                && type.asArrayType().constituent().kind() == Type.Kind.PRIMITIVE
                && type.asArrayType().constituent().asPrimitiveType().primitive() == PrimitiveType.Primitive.BYTE) {
            return ResourceContentKind.BLOB;
        }
        if (type.name().equals(DotNames.LIST) && type.kind() == Type.Kind.PARAMETERIZED_TYPE) {
            Type element = type.asParameterizedType().arguments().get(0);
            if (element.kind() == Type.Kind.WILDCARD_TYPE) {
                element = element.asWildcardType().extendsBound();
            }
            return element.name().equals(RESOURCE_CONTENTS) ? ResourceContentKind.CONTENTS_LIST : null;
        }
        return null;
    }
}
