package io.mcpwarden.runtime;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.UrlElicitations;
import io.mcpwarden.runtime.session.McpSession;
import io.mcpwarden.runtime.session.SessionChannel;

/**
 * The injectable {@link UrlElicitations}: sends {@code notifications/elicitation/complete} to the sessions that sent
 * the elicitation.
 */
@Singleton
public class UrlElicitationsBean implements UrlElicitations {

    private final McpEndpoint endpoint;

    UrlElicitationsBean(McpEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public int complete(String elicitationId) {
        if (elicitationId == null) {
            return 0;
        }
        ObjectNode notification = JsonNodeFactory.instance.objectNode();
        notification.put("jsonrpc", "2.0");
        notification.put("method", "notifications/elicitation/complete");
        notification.putObject("params").put("elicitationId", elicitationId);
        int notified = 0;
        for (McpSession session : endpoint.sessions().all()) {
            SessionChannel channel = session.channelIfCreated();
            if (channel != null && channel.urlElicitationCompleted(elicitationId)
                    && channel.sendUnrelated(notification.deepCopy())) {
                notified++;
            }
        }
        return notified;
    }
}
