package io.mcpwarden.deployment.test.auth;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real OpenID Connect discovery document and JWKS served over HTTP on 127.0.0.1, with RSA keys this test JVM
 * controls. State lives in a temporary folder named by a system property, so the copies of this class that
 * QuarkusUnitTest loads in different class loaders all see the same server and keys.
 */
public final class TestIdentityProvider {

    private static final String DIR_PROPERTY = "mcpwarden.test.idp.dir";
    private static final String PORT_PROPERTY = "mcpwarden.test.idp.port";

    private final Path dir;
    private final int port;

    private TestIdentityProvider(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    public static synchronized TestIdentityProvider get() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir != null) {
            return new TestIdentityProvider(Path.of(dir), Integer.getInteger(PORT_PROPERTY));
        }
        try {
            Path state = Files.createTempDirectory("warden-test-idp");
            TestIdentityProvider idp = new TestIdentityProvider(state, start(state));
            idp.addKey("key-1");
            idp.setAvailable(true);
            System.setProperty(DIR_PROPERTY, state.toString());
            System.setProperty(PORT_PROPERTY, Integer.toString(idp.port));
            return idp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/test";
    }

    /**
     * How many times the JWKS was fetched.
     */
    public int jwksFetches() {
        return Integer.parseInt(read("jwks-fetches", "0"));
    }

    /**
     * Adds a signing key to the JWKS; tokens are signed with the newest key.
     */
    public synchronized void addKey(String kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) pair.getPublic());
            jwk.setKeyId(kid);
            jwk.setAlgorithm("RS256");
            jwk.setUse("sig");
            Files.writeString(dir.resolve("key-" + kid + ".jwk"), jwk.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
            Files.write(dir.resolve("key-" + kid + ".pk8"), pair.getPrivate().getEncoded());
            Files.writeString(dir.resolve("current-kid"), kid);
            List<String> kids = new ArrayList<>(List.of(read("kids", "").split(",")));
            kids.remove("");
            kids.add(kid);
            Files.writeString(dir.resolve("kids"), String.join(",", kids));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the JWKS endpoint answers (false: 503).
     */
    public void setAvailable(boolean available) {
        write("available", Boolean.toString(available));
    }

    public String publicJwk(String kid) {
        return read("key-" + kid + ".jwk", "");
    }

    public String currentKid() {
        return read("current-kid", "");
    }

    public PrivateKey privateKey(String kid) {
        try {
            byte[] encoded = Files.readAllBytes(dir.resolve("key-" + kid + ".pk8"));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts building a token signed by this provider's current key.
     */
    public TestTokens.Builder token() {
        return TestTokens.builder(this);
    }

    private static int start(Path dir) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int port = server.getAddress().getPort();
        String issuer = "http://127.0.0.1:" + port + "/realms/test";
        server.createContext("/realms/test/.well-known/openid-configuration", exchange -> respond(exchange, 200,
                "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/jwks\",\"token_endpoint\":\"" + issuer
                        + "/token\",\"authorization_endpoint\":\"" + issuer + "/auth\"}"));
        server.createContext("/realms/test/jwks", exchange -> {
            TestIdentityProvider idp = new TestIdentityProvider(dir, port);
            idp.write("jwks-fetches", Integer.toString(idp.jwksFetches() + 1));
            if (!Boolean.parseBoolean(idp.read("available", "true"))) {
                respond(exchange, 503, "{}");
                return;
            }
            List<String> keys = new ArrayList<>();
            for (String kid : idp.read("kids", "").split(",")) {
                keys.add(idp.read("key-" + kid + ".jwk", ""));
            }
            respond(exchange, 200, "{\"keys\":[" + String.join(",", keys) + "]}");
        });
        server.setExecutor(null);
        Thread thread = new Thread(server::start, "test-idp");
        thread.setDaemon(true);
        thread.start();
        return port;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String read(String name, String fallback) {
        try {
            Path file = dir.resolve(name);
            return Files.exists(file) ? Files.readString(file) : fallback;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String name, String value) {
        try {
            Files.writeString(dir.resolve(name), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
