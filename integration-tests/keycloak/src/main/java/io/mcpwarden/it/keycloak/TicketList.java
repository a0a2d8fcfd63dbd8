package io.mcpwarden.it.keycloak;

import java.util.List;

/**
 * The help desk's tickets, open ones first.
 *
 * @param tickets the tickets
 */
public record TicketList(List<Ticket> tickets) {
}
