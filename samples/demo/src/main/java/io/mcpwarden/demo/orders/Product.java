package io.mcpwarden.demo.orders;

import java.math.BigDecimal;

/**
 * Something the shop sells.
 *
 * @param sku the stock keeping unit, for instance {@code KB-101}
 * @param name what a person calls it
 * @param unitPrice the price of one unit in euros
 */
public record Product(String sku, String name, BigDecimal unitPrice) {
}
