package io.mcpwarden.demo;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The tests of {@link OrderDeskToolCallTest}, run against the packaged application: the native executable with {@code -Pnative}
 * (see docs/guide/native.md). Only the native profile runs integration tests.
 */
@QuarkusIntegrationTest
class OrderDeskToolCallIT extends OrderDeskToolCallTest {
}
