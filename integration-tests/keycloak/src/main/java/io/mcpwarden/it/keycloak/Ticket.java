package io.mcpwarden.it.keycloak;

/**
 * A help desk ticket.
 *
 * @param id the ticket id, such as {@code T-1}
 * @param title what the ticket is about
 * @param open whether it is still open
 */
public record Ticket(String id, String title, boolean open) {
}
