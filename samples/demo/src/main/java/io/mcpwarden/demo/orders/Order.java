package io.mcpwarden.demo.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * An order as the order desk sees it; immutable, a change makes a new instance.
 *
 * @param id the order id, for instance {@code ORD-1001}
 * @param customer who placed the order
 * @param status where the order is in its life
 * @param lines what was ordered
 * @param total the sum of the line totals in euros
 * @param placedAt when the order was placed
 * @param cancellationReason why the order was cancelled; absent unless it was
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Order(
        @JsonPropertyDescription("The order id, for instance ORD-1001") String id,
        @JsonPropertyDescription("Who placed the order") String customer,
        OrderStatus status,
        List<LineItem> lines,
        @JsonPropertyDescription("The sum of the line totals, in euros") BigDecimal total,
        @JsonPropertyDescription("When the order was placed (ISO-8601, UTC)") Instant placedAt,
        @JsonPropertyDescription("Why the order was cancelled; present only for cancelled orders") String cancellationReason) {

    public Order {
        lines = List.copyOf(lines);
    }

    static Order placed(String id, String customer, OrderStatus status, List<LineItem> lines, Instant placedAt) {
        BigDecimal total = lines.stream().map(LineItem::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Order(id, customer, status, lines, total, placedAt, null);
    }

    Order cancelled(String reason) {
        return new Order(id, customer, OrderStatus.CANCELLED, lines, total, placedAt, reason);
    }
}
