package io.mcpwarden.demo.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps orders in memory, seeded with a few sample orders; safe for concurrent tool calls.
 */
@ApplicationScoped
public class OrderRepository {

    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final AtomicInteger nextNumber = new AtomicInteger(1001);
    private final Catalog catalog;

    public OrderRepository(Catalog catalog) {
        this.catalog = catalog;
        seed("Ada Lovelace", OrderStatus.DELIVERED, "2025-05-02T09:14:00Z", "KB-101", 1);
        seed("Grace Hopper", OrderStatus.SHIPPED, "2025-05-03T16:40:00Z", "MS-220", 2, "CB-050", 3);
        seed("Alan Turing", OrderStatus.PAID, "2025-05-04T11:05:00Z", "MN-270", 1);
        seed("Katherine Johnson", OrderStatus.PENDING, "2025-05-05T08:22:00Z", "HS-310", 1, "CB-050", 1);
        seed("Edsger Dijkstra", OrderStatus.CANCELLED, "2025-05-05T13:57:00Z", "DK-400", 1);
        seed("Barbara Liskov", OrderStatus.PENDING, "2025-05-06T10:31:00Z", "KB-101", 2, "MS-220", 2);
    }

    public Optional<Order> find(String id) {
        return Optional.ofNullable(orders.get(id));
    }

    /**
     * The orders that match, newest first.
     */
    public List<Order> list(Predicate<Order> filter) {
        return orders.values().stream().filter(filter)
                .sorted(Comparator.comparing(Order::placedAt).thenComparing(Order::id).reversed())
                .toList();
    }

    /**
     * Stores a new pending order with a fresh id.
     */
    public Order place(String customer, List<LineItem> lines) {
        Order order = Order.placed(nextId(), customer, OrderStatus.PENDING, lines, Instant.now());
        orders.put(order.id(), order);
        return order;
    }

    /**
     * Cancels an order atomically, so two concurrent cancellations cannot both succeed.
     *
     * @throws OrderRefusedException when there is no such order or it can no longer be cancelled
     */
    public Order cancel(String id, String reason) {
        Order cancelled = orders.computeIfPresent(id, (key, order) -> {
            if (!order.status().isCancellable()) {
                throw new OrderRefusedException(notCancellable(order));
            }
            return order.cancelled(reason);
        });
        if (cancelled == null) {
            throw new OrderRefusedException(unknown(id));
        }
        return cancelled;
    }

    static String unknown(String id) {
        return "There is no order with id '" + id + "'. Order ids look like ORD-1001; use list_orders to find one.";
    }

    private static String notCancellable(Order order) {
        return switch (order.status()) {
            case CANCELLED -> "Order " + order.id() + " is already cancelled.";
            default -> "Order " + order.id() + " cannot be cancelled because it is " + order.status()
                    + "; only PENDING and PAID orders can be cancelled.";
        };
    }

    private String nextId() {
        return "ORD-" + nextNumber.getAndIncrement();
    }

    private void seed(String customer, OrderStatus status, String placedAt, Object... skuQuantityPairs) {
        List<LineItem> lines = new ArrayList<>();
        for (int i = 0; i < skuQuantityPairs.length; i += 2) {
            Product product = catalog.find((String) skuQuantityPairs[i]).orElseThrow();
            lines.add(LineItem.of(product, (Integer) skuQuantityPairs[i + 1]));
        }
        Order order = Order.placed(nextId(), customer, status, lines, Instant.parse(placedAt));
        orders.put(order.id(), order);
    }
}
