package io.mcpwarden.conformance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.mcpwarden.DynamicTool;
import io.mcpwarden.ToolRegistry;
import io.mcpwarden.ToolResult;
import io.quarkus.runtime.StartupEvent;

/**
 * {@code json_schema_2020_12_tool}, whose input schema uses the JSON Schema 2020-12 vocabulary that no method
 * signature produces ({@code $defs} with {@code $anchor}, {@code allOf}/{@code anyOf}, {@code if}/{@code then}/{@code
 * else}): added at start through {@link ToolRegistry} with the schema written by hand, which Warden lists verbatim.
 */
@ApplicationScoped
public class HandWrittenSchemaTool {

    static final String NAME = "json_schema_2020_12_tool";

    static final String INPUT_SCHEMA = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "$defs": {
                "address": {
                  "$anchor": "addressDef",
                  "type": "object",
                  "properties": {"street": {"type": "string"}, "city": {"type": "string"}}
                }
              },
              "properties": {
                "name": {"type": "string"},
                "address": {"$ref": "#/$defs/address"},
                "contactMethod": {"type": "string", "enum": ["phone", "email"]},
                "phone": {"type": "string"},
                "email": {"type": "string"}
              },
              "allOf": [{"anyOf": [{"required": ["phone"]}, {"required": ["email"]}]}],
              "if": {"properties": {"contactMethod": {"const": "phone"}}, "required": ["contactMethod"]},
              "then": {"required": ["phone"]},
              "else": {"required": ["email"]},
              "additionalProperties": false
            }""";

    void register(@Observes StartupEvent start, ToolRegistry tools) {
        tools.add(DynamicTool.builder(NAME).description("Tool with JSON Schema 2020-12 features")
                .inputSchema(INPUT_SCHEMA).readOnly(true)
                .handler((arguments, caller) -> ToolResult.text("ok"))
                .build());
    }
}
