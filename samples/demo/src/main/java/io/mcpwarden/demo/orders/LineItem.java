package io.mcpwarden.demo.orders;

import java.math.BigDecimal;

/**
 * One priced line of an order.
 *
 * @param sku the product's stock keeping unit
 * @param name the product's name
 * @param quantity how many units were ordered
 * @param unitPrice the price of one unit in euros, at the time of ordering
 * @param lineTotal {@code quantity * unitPrice}
 */
public record LineItem(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {

    static LineItem of(Product product, int quantity) {
        return new LineItem(product.sku(), product.name(), quantity, product.unitPrice(),
                product.unitPrice().multiply(BigDecimal.valueOf(quantity)));
    }
}
