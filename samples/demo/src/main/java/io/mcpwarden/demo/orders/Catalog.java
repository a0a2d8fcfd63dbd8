package io.mcpwarden.demo.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The products the shop sells; fixed for the demo.
 */
@ApplicationScoped
public class Catalog {

    private final Map<String, Product> products = List.of(
            new Product("KB-101", "Mechanical keyboard", new BigDecimal("89.00")),
            new Product("MS-220", "Wireless mouse", new BigDecimal("29.50")),
            new Product("MN-270", "27-inch monitor", new BigDecimal("249.00")),
            new Product("HS-310", "Noise-cancelling headset", new BigDecimal("119.00")),
            new Product("CB-050", "USB-C cable, 1 m", new BigDecimal("9.90")),
            new Product("DK-400", "Docking station", new BigDecimal("159.00")))
            .stream().collect(Collectors.toUnmodifiableMap(Product::sku, Function.identity()));

    public Optional<Product> find(String sku) {
        return Optional.ofNullable(products.get(sku));
    }

    /**
     * All SKUs, sorted, for messages that tell the caller what it could have asked for.
     */
    public List<String> skus() {
        return products.keySet().stream().sorted().toList();
    }
}
