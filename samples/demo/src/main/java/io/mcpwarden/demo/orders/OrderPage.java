package io.mcpwarden.demo.orders;

import java.util.List;

/**
 * The answer to {@code list_orders}.
 *
 * @param matching how many orders match the filter, which may be more than are returned
 * @param orders the newest matching orders, newest first, at most the requested limit
 */
public record OrderPage(int matching, List<OrderSummary> orders) {
}
