package io.mcpwarden.demo.orders;

/**
 * Where an order is in its life. Only {@link #PENDING} and {@link #PAID} orders can still be cancelled.
 */
public enum OrderStatus {
    PENDING,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED;

    boolean isCancellable() {
        return this == PENDING || this == PAID;
    }
}
