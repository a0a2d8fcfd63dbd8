package io.mcpwarden.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OrderDeskToolCallTest {

    @Test
    void findOrderReturnsTheOrderAsStructuredContent() {
        McpSession.open().callTool("find_order", "{\"orderId\":\"ORD-1002\"}").then()
                .statusCode(200)
                .header("Content-Type", "application/json")
                .body("result.isError", nullValue())
                .body("result.structuredContent.id", equalTo("ORD-1002"))
                .body("result.structuredContent.customer", equalTo("Grace Hopper"))
                .body("result.structuredContent.status", equalTo("SHIPPED"))
                .body("result.structuredContent.lines.sku", contains("MS-220", "CB-050"))
                .body("result.structuredContent.total", equalTo(88.7f))
                .body("result.structuredContent.placedAt", equalTo("2025-05-03T16:40:00Z"))
                .body("result.content.type", contains("text"));
    }

    @Test
    void findOrderWithUnknownIdIsAnErrorResultThatSaysHowToFindIds() {
        McpSession.open().callTool("find_order", "{\"orderId\":\"ORD-9999\"}").then()
                .statusCode(200)
                .header("Content-Type", "application/json")
                .body("jsonrpc", equalTo("2.0"))
                .body("id", equalTo(1))
                .body("result.isError", equalTo(true))
                .body("result.content.type", contains("text"))
                .body("result.content.text", contains(
                        "There is no order with id 'ORD-9999'. Order ids look like ORD-1001; use list_orders to find one."))
                .body("result.structuredContent", nullValue());
    }

    @Test
    void cancelOrderWithBlankReasonIsAnErrorResultNamingTheArgument() {
        McpSession.open().callTool("cancel_order", "{\"orderId\":\"ORD-1003\",\"reason\":\"  \"}").then()
                .statusCode(200)
                .header("Content-Type", "application/json")
                .body("result.isError", equalTo(true))
                .body("result.content.text", contains("Invalid argument 'reason': must not be blank"));
    }

    @Test
    void cancelOrderOfAShippedOrderIsRefusedWithTheReason() {
        McpSession.open().callTool("cancel_order", "{\"orderId\":\"ORD-1002\",\"reason\":\"Arrived too late\"}")
                .then()
                .statusCode(200)
                .body("result.isError", equalTo(true))
                .body("result.content.text", contains("Order ORD-1002 cannot be cancelled because it is SHIPPED; "
                        + "only PENDING and PAID orders can be cancelled."));
    }

    @Test
    void cancelOrderCancelsAPendingOrderOnce() {
        McpSession session = McpSession.open();
        session.callTool("cancel_order", "{\"orderId\":\"ORD-1006\",\"reason\":\"Ordered twice by mistake\"}").then()
                .statusCode(200)
                .body("result.isError", nullValue())
                .body("result.structuredContent.status", equalTo("CANCELLED"))
                .body("result.structuredContent.cancellationReason", equalTo("Ordered twice by mistake"));
        session.callTool("cancel_order", "{\"orderId\":\"ORD-1006\",\"reason\":\"Again\"}").then()
                .statusCode(200)
                .body("result.isError", equalTo(true))
                .body("result.content.text", contains("Order ORD-1006 is already cancelled."));
    }

    @Test
    void listOrdersFiltersByStatusAndHonoursTheLimit() {
        McpSession session = McpSession.open();
        session.callTool("list_orders", "{\"status\":\"DELIVERED\"}").then()
                .statusCode(200)
                .body("result.structuredContent.matching", equalTo(1))
                .body("result.structuredContent.orders.id", contains("ORD-1001"));
        session.callTool("list_orders", "{\"limit\":2}").then()
                .statusCode(200)
                .body("result.structuredContent.orders.size()", equalTo(2));
        session.callTool("list_orders", "{\"limit\":51}").then()
                .statusCode(200)
                .body("result.isError", equalTo(true))
                .body("result.content.text", contains("Invalid argument 'limit': must be less than or equal to 50"));
    }

    @Test
    void placeOrderPricesTheLinesAndMergesRepeatedSkus() {
        McpSession.open().callTool("place_order", """
                {"customer":"Frances Allen","items":[{"sku":"MN-270","quantity":1},{"sku":"CB-050","quantity":1},
                {"sku":"CB-050","quantity":1}]}""").then()
                .statusCode(200)
                .body("result.isError", nullValue())
                .body("result.structuredContent.id", matchesPattern("ORD-\\d{4}"))
                .body("result.structuredContent.status", equalTo("PENDING"))
                .body("result.structuredContent.lines.sku", contains("MN-270", "CB-050"))
                .body("result.structuredContent.lines.quantity", contains(1, 2))
                .body("result.structuredContent.total", equalTo(268.8f));
    }

    @Test
    void placeOrderWithInvalidLinesNamesEachBadArgument() {
        McpSession.open().callTool("place_order",
                "{\"customer\":\"Frances Allen\",\"items\":[{\"sku\":\"\",\"quantity\":0}]}").then()
                .statusCode(200)
                .body("result.isError", equalTo(true))
                .body("result.content.text", contains("Invalid argument 'items[0].quantity': must be greater than 0; "
                        + "Invalid argument 'items[0].sku': must not be blank"));
    }

    @Test
    void placeOrderWithUnknownSkuListsTheKnownOnes() {
        McpSession.open().callTool("place_order",
                "{\"customer\":\"Frances Allen\",\"items\":[{\"sku\":\"XX-1\",\"quantity\":1}]}").then()
                .statusCode(200)
                .body("result.isError", equalTo(true))
                .body("result.content.text",
                        contains("Unknown SKU XX-1. Known SKUs: CB-050, DK-400, HS-310, KB-101, MN-270, MS-220."));
    }

    @Test
    void listOrdersShowsEveryStatusByDefault() {
        McpSession.open().callTool("list_orders", "{}").then()
                .statusCode(200)
                .body("result.structuredContent.orders.status", hasItem("SHIPPED"))
                .body("result.structuredContent.orders.id", everyItem(matchesPattern("ORD-\\d{4}")));
    }
}
