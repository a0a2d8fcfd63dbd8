package io.mcpwarden.deployment.test.nativeimage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.builder.BuildChainBuilder;
import io.quarkus.deployment.builditem.GeneratedResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.test.QuarkusUnitTest;

/**
 * In a native image Jackson can only bind tool arguments to, and write structured results from, types registered for
 * reflection. The build registers them, with the types they contain. A build step added to the chain lists every
 * reflection registration in a generated resource, which the tests read (the build runs in another class loader).
 */
class ToolTypesRegisteredForReflectionTest {

    private static final String LISTING = "META-INF/test/reflective-classes.txt";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Shipment.class, Parcel.class, Address.class,
                    Receipt.class, Weight.class, Carrier.class, Unused.class, McpHttp.class))
            .addBuildChainCustomizer(ToolTypesRegisteredForReflectionTest::captureRegistrations);

    record Address(String street, String city) {
    }

    record Parcel(String label, int grams, Address returnTo) {
    }

    enum Carrier {
        POST,
        COURIER
    }

    record Shipment(String id, Carrier carrier, List<Parcel> parcels) {
    }

    record Receipt(String shipmentId, int parcelCount) {
    }

    record Weight(String label, int grams) {
    }

    /** A record no tool uses: it must not be registered. */
    record Unused(String value) {
    }

    static class Tools {

        @Tool
        Receipt ship(Shipment shipment, Optional<Integer> priority, Caller caller) {
            return new Receipt(shipment.id(), shipment.parcels().size());
        }

        @Tool
        CompletionStage<Weight> weigh(String label) {
            return CompletableFuture.completedFuture(new Weight(label, 100));
        }

        @Tool
        String hello(String name) {
            return "Hello " + name;
        }
    }

    /** One line per registered class: its name, then which members are registered. */
    private static void captureRegistrations(BuildChainBuilder chain) {
        chain.addBuildStep(context -> {
            StringBuilder listing = new StringBuilder();
            for (ReflectiveClassBuildItem item : context.consumeMulti(ReflectiveClassBuildItem.class)) {
                for (String name : item.getClassNames()) {
                    listing.append(name).append(item.isConstructors() ? " constructors" : "")
                            .append(item.isMethods() ? " methods" : "").append(item.isFields() ? " fields" : "")
                            .append('\n');
                }
            }
            context.produce(new GeneratedResourceBuildItem(LISTING, listing.toString().getBytes(UTF_8)));
        }).consumes(ReflectiveClassBuildItem.class).produces(GeneratedResourceBuildItem.class).build();
    }

    private static List<String> registrations() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(LISTING)) {
            assertThat(in).as(LISTING).isNotNull();
            return List.of(new String(in.readAllBytes(), UTF_8).split("\n"));
        }
    }

    @Test
    void argumentTypesAndTheTypesInsideThemAreRegisteredWithTheirMembers() throws IOException {
        assertThat(registrations()).contains(Shipment.class.getName() + " constructors methods fields",
                Parcel.class.getName() + " constructors methods fields",
                Address.class.getName() + " constructors methods fields",
                Carrier.class.getName() + " constructors methods fields");
    }

    @Test
    void structuredResultTypesAreRegisteredWithTheirMembersAlsoWhenAsync() throws IOException {
        assertThat(registrations()).contains(Receipt.class.getName() + " constructors methods fields",
                Weight.class.getName() + " constructors methods fields");
    }

    @Test
    void everyClassNamedInAnArgumentTypeCanBeLookedUpByName() throws IOException {
        assertThat(registeredNames()).contains(Shipment.class.getName(), Optional.class.getName(),
                Integer.class.getName(), String.class.getName());
    }

    @Test
    void typesNoToolUsesAreNotRegistered() throws IOException {
        assertThat(registeredNames()).doesNotContain(Unused.class.getName());
    }

    @Test
    void theRegisteredToolsStillWorkOverHttp() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "ship",
                "{\"shipment\":{\"id\":\"S-1\",\"carrier\":\"POST\",\"parcels\":[{\"label\":\"a\",\"grams\":5}]}}"))
                .isEqualTo(McpHttp.json("""
                        {"content":[{"type":"text","text":"{\\"shipmentId\\":\\"S-1\\",\\"parcelCount\\":1}"}],
                         "structuredContent":{"shipmentId":"S-1","parcelCount":1}}"""));
    }

    private static List<String> registeredNames() throws IOException {
        return registrations().stream().map(line -> line.split(" ")[0]).toList();
    }
}
