package io.mcpwarden.demo.orders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.mcpwarden.ToolCallException;
import io.mcpwarden.auth.RequiresScopes;

/**
 * The order desk's MCP tools: look orders up, list them, place new ones and cancel them. Reading needs
 * {@code orders:read}; changing orders also needs {@code orders:write}.
 */
@RequiresScopes("orders:read")
public class OrderTools {

    private final OrderRepository orders;
    private final Catalog catalog;

    OrderTools(OrderRepository orders, Catalog catalog) {
        this.orders = orders;
        this.catalog = catalog;
    }

    @Tool(name = "find_order", title = "Find an order", readOnlyHint = true, openWorldHint = false, description = """
            Returns one order by its id: customer, status, priced lines, total in euros and when it was placed. \
            Use it before cancelling an order to check its status.""")
    Order findOrder(
            @ToolArg(description = "The order id, for instance ORD-1001") @NotBlank String orderId) {
        return orders.find(orderId.strip()).orElseThrow(() -> new ToolCallException(OrderRepository.unknown(orderId)));
    }

    @Tool(name = "list_orders", title = "List orders", readOnlyHint = true, openWorldHint = false, description = """
            Lists orders newest first, optionally only those with one status. Returns how many orders match and a \
            summary of each (id, customer, status, item count, total). Use find_order for an order's lines.""")
    OrderPage listOrders(
            @ToolArg(description = "Only orders with this status; omit to list orders of every status") Optional<OrderStatus> status,
            @ToolArg(description = "The most orders to return, from 1 to 50", defaultValue = "10") @Min(1) @Max(50) int limit) {
        List<Order> matching = orders.list(order -> status.isEmpty() || order.status() == status.get());
        return new OrderPage(matching.size(), matching.stream().limit(limit).map(OrderSummary::of).toList());
    }

    @RequiresScopes("orders:write")
    @Tool(name = "cancel_order", title = "Cancel an order", destructiveHint = true, idempotentHint = false, openWorldHint = false, description = """
            Cancels an order that has not shipped yet (status PENDING or PAID) and records why. This cannot \
            be undone. Fails for unknown ids and for orders that are already SHIPPED, DELIVERED or \
            CANCELLED. Returns the cancelled order.""")
    Order cancelOrder(
            @ToolArg(description = "The id of the order to cancel, for instance ORD-1004") @NotBlank String orderId,
            @ToolArg(description = "Why the order is cancelled, in the customer's words; at most 200 characters") @NotBlank @Size(max = 200) String reason) {
        try {
            return orders.cancel(orderId.strip(), reason.strip());
        } catch (OrderRefusedException e) {
            throw new ToolCallException(e.getMessage());
        }
    }

    @RequiresScopes("orders:write")
    @Tool(name = "place_order", title = "Place an order", destructiveHint = false, idempotentHint = false, openWorldHint = false, description = """
            Places a new order for a customer and returns it with status PENDING, its new id, priced lines \
            and total in euros. Products are identified by SKU: KB-101 keyboard, MS-220 mouse, MN-270 \
            monitor, HS-310 headset, CB-050 USB-C cable, DK-400 docking station. Lines with the same SKU \
            are merged.""")
    Order placeOrder(
            @ToolArg(description = "The customer's full name") @NotBlank @Size(max = 100) String customer,
            @ToolArg(description = "What to order: one entry per product, 1 to 20 entries") @NotEmpty @Size(max = 20) List<@Valid OrderLine> items) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (OrderLine item : items) {
            quantities.merge(item.sku().strip(), item.quantity(), Integer::sum);
        }
        List<LineItem> lines = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        quantities.forEach((sku, quantity) -> catalog.find(sku).ifPresentOrElse(
                product -> lines.add(LineItem.of(product, quantity)), () -> unknown.add(sku)));
        if (!unknown.isEmpty()) {
            throw new ToolCallException("Unknown SKU " + String.join(", ", unknown) + ". Known SKUs: "
                    + String.join(", ", catalog.skus()) + ".");
        }
        return orders.place(customer.strip(), lines);
    }
}
