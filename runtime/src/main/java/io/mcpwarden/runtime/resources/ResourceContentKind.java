package io.mcpwarden.runtime.resources;

/**
 * How a resource method's return value becomes {@code resources/read} contents; decided at build time from the
 * declared return type.
 */
public enum ResourceContentKind {
    /** {@code String}: one text item with the read URI and the declared media type. */
    TEXT,
    /** {@code byte[]}: one blob item with the read URI and the declared media type. */
    BLOB,
    /** {@link io.mcpwarden.ResourceContents}, sent as it is. */
    CONTENTS,
    /** {@code List<ResourceContents>}, sent as it is. */
    CONTENTS_LIST
}
