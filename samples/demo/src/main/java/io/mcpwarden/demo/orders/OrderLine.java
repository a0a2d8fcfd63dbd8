package io.mcpwarden.demo.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * One line of a new order, as the caller asks for it.
 *
 * @param sku the product's stock keeping unit
 * @param quantity how many units
 */
public record OrderLine(
        @JsonPropertyDescription("The product's stock keeping unit, for instance KB-101") @NotBlank String sku,
        @JsonProperty(required = true) @JsonPropertyDescription("How many units, at least 1") @Positive int quantity) {
}
