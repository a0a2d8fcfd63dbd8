package io.mcpwarden.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OrderDeskToolListTest {

    @Test
    void toolsListShowsTheFourOrderDeskToolsWithTheirRequiredArguments() {
        McpSession.open().request("tools/list", "{}").then()
                .statusCode(200)
                .header("Content-Type", "application/json")
                .body("jsonrpc", equalTo("2.0"))
                .body("id", equalTo(1))
                .body("result.tools.name", contains("cancel_order", "find_order", "list_orders", "place_order"))
                .body("result.tools.find { it.name == 'find_order' }.inputSchema.required", containsInAnyOrder("orderId"))
                .body("result.tools.find { it.name == 'list_orders' }.inputSchema.required", nullValue())
                .body("result.tools.find { it.name == 'cancel_order' }.inputSchema.required",
                        containsInAnyOrder("orderId", "reason"))
                .body("result.tools.find { it.name == 'place_order' }.inputSchema.required",
                        containsInAnyOrder("customer", "items"))
                .body("result.nextCursor", nullValue());
    }

    @Test
    void toolsListDescribesArgumentsAndHintsForAModel() {
        McpSession.open().request("tools/list", "{}").then()
                .statusCode(200)
                .body("result.tools.find { it.name == 'list_orders' }.inputSchema.properties.status.enum",
                        contains("PENDING", "PAID", "SHIPPED", "DELIVERED", "CANCELLED"))
                .body("result.tools.find { it.name == 'list_orders' }.inputSchema.properties.limit.default",
                        equalTo(10))
                .body("result.tools.find { it.name == 'list_orders' }.inputSchema.properties.limit.maximum",
                        equalTo(50))
                .body("result.tools.find { it.name == 'cancel_order' }.inputSchema.properties.reason.maxLength",
                        equalTo(200))
                .body("result.tools.find { it.name == 'place_order' }.inputSchema.properties.items.items.required",
                        containsInAnyOrder("quantity", "sku"))
                .body("result.tools.find { it.name == 'find_order' }.annotations.readOnlyHint", equalTo(true))
                .body("result.tools.find { it.name == 'cancel_order' }.annotations.destructiveHint", equalTo(true))
                .body("result.tools.find { it.name == 'find_order' }.outputSchema.properties.status.enum",
                        contains("PENDING", "PAID", "SHIPPED", "DELIVERED", "CANCELLED"));
    }
}
