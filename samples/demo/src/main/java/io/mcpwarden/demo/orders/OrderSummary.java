package io.mcpwarden.demo.orders;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order in a listing: enough to pick one, without its lines.
 *
 * @param id the order id
 * @param customer who placed the order
 * @param status where the order is in its life
 * @param itemCount how many units the order holds in all
 * @param total the order total in euros
 * @param placedAt when the order was placed
 */
public record OrderSummary(String id, String customer, OrderStatus status, int itemCount, BigDecimal total,
        Instant placedAt) {

    static OrderSummary of(Order order) {
        int items = order.lines().stream().mapToInt(LineItem::quantity).sum();
        return new OrderSummary(order.id(), order.customer(), order.status(), items, order.total(), order.placedAt());
    }
}
