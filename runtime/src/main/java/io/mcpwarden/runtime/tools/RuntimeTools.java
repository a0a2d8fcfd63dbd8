package io.mcpwarden.runtime.tools;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.enterprise.invoke.Invoker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.DynamicTool;
import io.mcpwarden.ToolRegistry;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.auth.ToolAccessControl;
import io.mcpwarden.runtime.auth.ToolPolicy;
import io.mcpwarden.runtime.session.McpSession;
import io.mcpwarden.runtime.session.SessionChannel;
import io.mcpwarden.runtime.session.SessionStore;

/**
 * Adds tools to the catalog and their policies to access control while the server runs, and tells the sessions with
 * a GET stream that the list changed. Fails closed: a tool with an undeclared scope is refused, and run-time tools are
 * never public.
 */
public final class RuntimeTools implements ToolRegistry {

    private static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,128}");

    private final ToolCatalog catalog;
    private final ToolAccessControl access;
    private final Set<String> declaredScopes;
    private final boolean authEnabled;
    private final SessionStore sessions;
    private volatile Runnable listenStreams = () -> {
    };
    private final ObjectMapper mapper;
    private final Set<String> added = ConcurrentHashMap.newKeySet();

    /**
     * @param declaredScopes the scopes of {@code quarkus.warden.scopes}, checked when authentication is on
     */
    public RuntimeTools(ToolCatalog catalog, ToolAccessControl access, Set<String> declaredScopes,
            boolean authEnabled, SessionStore sessions, ObjectMapper mapper) {
        this.catalog = catalog;
        this.access = access;
        this.declaredScopes = Set.copyOf(declaredScopes);
        this.authEnabled = authEnabled;
        this.sessions = sessions;
        this.mapper = mapper;
    }

    @Override
    public synchronized void add(DynamicTool tool) {
        if (!TOOL_NAME.matcher(tool.name()).matches()) {
            throw new IllegalArgumentException("Tool name '" + tool.name()
                    + "' is invalid: use 1 to 128 characters from A-Z a-z 0-9 _ - .");
        }
        JsonNode schema;
        try {
            schema = mapper.readTree(tool.inputSchema());
        } catch (JsonProcessingException e) {
            schema = null;
        }
        if (schema == null || !schema.isObject() || !"object".equals(schema.path("type").asText())) {
            throw new IllegalArgumentException("The input schema of tool '" + tool.name()
                    + "' must be a JSON Schema object with \"type\": \"object\"");
        }
        if (authEnabled) {
            for (String scope : tool.requiredScopes()) {
                if (!declaredScopes.contains(scope)) {
                    throw new IllegalArgumentException("Tool '" + tool.name() + "' requires the scope '" + scope
                            + "', which is not declared in quarkus.warden.scopes");
                }
            }
        }
        ToolMetadata metadata = new ToolMetadata(tool.name(), tool.title(), tool.description(),
                new ToolHints(tool.readOnly(), !tool.readOnly(), false, true), schema.toString(), null,
                List.of(new ToolParameter("arguments", "java.util.Map", false, null, ParameterSource.ALL_ARGUMENTS),
                        new ToolParameter("caller", "io.mcpwarden.auth.Caller", false, null, ParameterSource.CALLER)),
                ResultKind.TOOL_RESULT, false, ExecutionModel.WORKER, "run-time tool " + tool.name(), null,
                io.mcpwarden.TaskSupport.NONE);
        Invoker<Object, Object> invoker = (instance, arguments) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) arguments[0];
            return tool.handler().call(values, (Caller) arguments[1]);
        };
        RegisteredTool registered = new RegisteredTool(metadata, invoker,
                new ArgumentBinder(metadata.parameters(), mapper), ToolCatalog.descriptor(metadata, mapper));
        if (catalog.find(tool.name()) != null) {
            throw new IllegalArgumentException("A tool named '" + tool.name() + "' already exists");
        }
        // The policy goes in first: the tool is never callable without it.
        access.addPolicy(new ToolPolicy(tool.name(), false, tool.requiredScopes(), List.of(), List.of(), null, null));
        catalog.add(registered);
        added.add(tool.name());
        listChanged();
    }

    @Override
    public synchronized boolean remove(String name) {
        if (!added.contains(name) || !catalog.remove(name, tool -> added.contains(tool.name()))) {
            return false;
        }
        added.remove(name);
        access.removePolicy(name);
        listChanged();
        return true;
    }

    /**
     * Also tells the {@code subscriptions/listen} streams of the stateless era when tools change.
     */
    public void alsoNotify(Runnable listenStreams) {
        this.listenStreams = listenStreams;
    }

    private void listChanged() {
        listenStreams.run();
        ObjectNode notification = JsonNodeFactory.instance.objectNode();
        notification.put("jsonrpc", "2.0");
        notification.put("method", "notifications/tools/list_changed");
        for (McpSession session : sessions.all()) {
            SessionChannel channel = session.channelIfCreated();
            if (channel != null) {
                channel.sendUnrelated(notification.deepCopy());
            }
        }
    }
}
