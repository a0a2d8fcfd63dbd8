package io.mcpwarden.it.keycloak;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.constraints.NotBlank;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.mcpwarden.ToolCallException;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.auth.RequireClaim;
import io.mcpwarden.auth.RequiresScopes;

/**
 * A small help desk secured by a Keycloak realm: reading needs {@code mcp:tools}, closing a ticket needs
 * {@code mcp:admin} as well, and the audit log is for users with the Keycloak realm role {@code auditor}.
 */
@RequiresScopes("mcp:tools")
public class HelpDeskTools {

    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>(Map.of(
            "T-1", new Ticket("T-1", "Printer on fire", true),
            "T-2", new Ticket("T-2", "Password expired", true)));

    @Tool(name = "whoami", description = "Tells who the server thinks is calling.", readOnlyHint = true)
    CallerInfo whoami(Caller caller) {
        String username = caller.claim("preferred_username").map(Object::toString).orElse(null);
        return new CallerInfo(caller.subject(), username, caller.clientId(), caller.issuer(),
                caller.grantedScopes().stream().sorted().toList());
    }

    @Tool(name = "list_tickets", description = "Lists the tickets, open ones first.", readOnlyHint = true)
    TicketList listTickets() {
        return new TicketList(tickets.values().stream()
                .sorted(Comparator.comparing(Ticket::open).reversed().thenComparing(Ticket::id))
                .toList());
    }

    @Tool(name = "close_ticket", description = "Closes a ticket.")
    @RequiresScopes("mcp:admin")
    Ticket closeTicket(@ToolArg(description = "The ticket id, for instance T-1") @NotBlank String ticketId) {
        Ticket ticket = tickets.get(ticketId);
        if (ticket == null) {
            throw new ToolCallException("There is no ticket " + ticketId);
        }
        Ticket closed = new Ticket(ticket.id(), ticket.title(), false);
        tickets.put(ticketId, closed);
        return closed;
    }

    @Tool(name = "read_audit_log", description = "Reads the help desk's audit log.", readOnlyHint = true)
    @RequireClaim(name = "realm_access.roles", anyOf = "auditor")
    String readAuditLog() {
        return "No incidents recorded.";
    }
}
