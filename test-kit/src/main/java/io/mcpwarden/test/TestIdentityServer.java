package io.mcpwarden.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The identity provider of a test JVM: a real OpenID Connect discovery document and JWKS served over HTTP on
 * 127.0.0.1, with RSA keys the tests control, so that the application under test verifies test tokens through its
 * normal path (quarkus-oidc discovery, JWKS fetch and cache, signature, issuer, lifetime, audience).
 * <p>
 * There is one per JVM, started on first use. Its state lives in a temporary folder named by a system property, so
 * that copies of this class loaded by different class loaders (Quarkus loads the application and the tests in their
 * own) all see the same server and keys.
 * <p>
 * Most tests need only {@link TestTokens}; the methods here are for tests of the token path itself (key rotation,
 * identity provider outages).
 */
public final class TestIdentityServer {

    private static final String DIR_PROPERTY = "mcpwarden.test.idp.dir";
    private static final String PORT_PROPERTY = "mcpwarden.test.idp.port";
    private static final String REALM = "/realms/test";

    private final Path dir;
    private final int port;

    private TestIdentityServer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /**
     * The identity provider of this JVM, started (with one signing key, {@code key-1}) on first use.
     */
    public static synchronized TestIdentityServer get() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir != null) {
            return new TestIdentityServer(Path.of(dir), Integer.getInteger(PORT_PROPERTY));
        }
        try {
            Path state = Files.createTempDirectory("warden-test-idp");
            TestIdentityServer server = new TestIdentityServer(state, start(state));
            server.addKey("key-1");
            server.setJwksAvailable(true);
            System.setProperty(DIR_PROPERTY, state.toString());
            System.setProperty(PORT_PROPERTY, Integer.toString(server.port));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The issuer URL: the {@code iss} of its tokens and the value for {@code quarkus.oidc.auth-server-url}.
     */
    public String issuer() {
        return "http://127.0.0.1:" + port + REALM;
    }

    /**
     * The issuer of another realm of this provider: it has its own discovery document and issuer, and publishes the
     * same keys. Use it to test applications that trust several issuers.
     */
    public String issuer(String realm) {
        return "http://127.0.0.1:" + port + "/realms/" + realm;
    }

    /**
     * Starts a token signed by this provider's current key, for the resource under test.
     */
    public TestTokenBuilder token() {
        return new TestTokenBuilder(this);
    }

    /**
     * Publishes a new RSA signing key in the JWKS; from now on tokens are signed with it by default.
     */
    public synchronized void addKey(String kid) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            write("key-" + kid + ".jwk", publicJwk(kid, (RSAPublicKey) pair.getPublic()));
            writeAtomically("key-" + kid + ".pk8", pair.getPrivate().getEncoded());
            write("current-kid", kid);
            List<String> kids = new ArrayList<>(List.of(read("kids", "").split(",")));
            kids.remove("");
            kids.add(kid);
            write("kids", String.join(",", kids));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the JWKS endpoint answers; when false it answers 503, as an identity provider in an outage would.
     */
    public void setJwksAvailable(boolean available) {
        write("available", Boolean.toString(available));
    }

    /**
     * Whether the JWKS endpoint answers garbage: {@code 200} with a body that is not a JWK set at all, as a
     * misconfigured proxy or a broken provider might send.
     */
    public void setJwksGarbage(boolean garbage) {
        write("garbage", Boolean.toString(garbage));
    }

    /**
     * How long the JWKS endpoint waits before it answers (zero: at once), as a slow provider would.
     */
    public void setJwksDelay(java.time.Duration delay) {
        write("delay-millis", Long.toString(delay.toMillis()));
    }

    /**
     * How many times the JWKS has been fetched since this provider started.
     */
    public int jwksFetches() {
        return Integer.parseInt(read("jwks-fetches", "0"));
    }

    /**
     * The id of the key tokens are signed with by default: the one added last.
     */
    public String currentKid() {
        return read("current-kid", "");
    }

    /**
     * The public JWK (JSON) of a published key.
     */
    public String publicJwk(String kid) {
        return read("key-" + kid + ".jwk", "");
    }

    /**
     * The private key of a published key, for signing tokens by hand.
     */
    public PrivateKey privateKey(String kid) {
        try {
            byte[] encoded = Files.readAllBytes(dir.resolve("key-" + kid + ".pk8"));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (IOException e) {
            throw new IllegalArgumentException("The test identity provider has no key '" + kid + "'", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The resource URI the application under test was configured with by {@link WardenTestIdentityProvider}, or
     * null: the default audience of test tokens.
     */
    String resource() {
        return read("resource", null);
    }

    void resource(String resource) {
        write("resource", resource);
    }

    private static int start(Path dir) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        int port = server.getAddress().getPort();
        TestIdentityServer state = new TestIdentityServer(dir, port);
        server.createContext("/realms/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.substring("/realms/".length()).split("/", 2);
            String endpoint = parts.length < 2 ? "" : parts[1];
            String issuer = state.issuer(parts[0]);
            switch (endpoint) {
                case ".well-known/openid-configuration" -> respond(exchange, 200, "{\"issuer\":\"" + issuer
                        + "\",\"jwks_uri\":\"" + issuer + "/jwks\",\"token_endpoint\":\"" + issuer
                        + "/token\",\"authorization_endpoint\":\"" + issuer + "/auth\",\"introspection_endpoint\":\""
                        + issuer + "/introspect\"}");
                case "jwks" -> respond(exchange, state);
                case "introspect" -> introspect(exchange, state);
                default -> respond(exchange, 404, "{}");
            }
        });
        // A thread per exchange: a delayed JWKS answer must not hold up the discovery document or introspection.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
            Thread worker = new Thread(runnable, "warden-test-idp-exchange");
            worker.setDaemon(true);
            return worker;
        }));
        Thread thread = new Thread(server::start, "warden-test-idp");
        thread.setDaemon(true);
        thread.start();
        return port;
    }

    private static void respond(HttpExchange exchange, TestIdentityServer state) throws IOException {
        synchronized (TestIdentityServer.class) {
            state.write("jwks-fetches", Integer.toString(state.jwksFetches() + 1));
        }
        long delay = Long.parseLong(state.read("delay-millis", "0"));
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!Boolean.parseBoolean(state.read("available", "true"))) {
            respond(exchange, 503, "{}");
            return;
        }
        if (Boolean.parseBoolean(state.read("garbage", "false"))) {
            respond(exchange, 200, "<html><body>502 Bad Gateway</body></html> {\"keys\": [{\"kty\":");
            return;
        }
        List<String> keys = new ArrayList<>();
        for (String kid : state.read("kids", "").split(",")) {
            keys.add(state.publicJwk(kid));
        }
        respond(exchange, 200, "{\"keys\":[" + String.join(",", keys) + "]}");
    }

    /**
     * RFC 7662 token introspection for the opaque tokens issued by {@link #issueOpaqueToken(String)}.
     */
    private static void introspect(HttpExchange exchange, TestIdentityServer state) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String token = null;
        for (String pair : form.split("&")) {
            if (pair.startsWith("token=")) {
                token = java.net.URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
            }
        }
        String claims = token != null && token.matches("[A-Za-z0-9_-]{43}") ? state.read("opaque-" + token, null)
                : null;
        if (claims == null) {
            respond(exchange, 200, "{\"active\":false}");
            return;
        }
        String members = claims.trim().substring(1, claims.trim().length() - 1).trim();
        respond(exchange, 200, "{\"active\":true" + (members.isEmpty() ? "" : "," + members) + "}");
    }

    /**
     * Issues an opaque (non-JWT) access token that this provider's introspection endpoint describes with the given
     * claims, a JSON object such as {@code {"sub":"alice","iss":"...","aud":"...","exp":1767225600,"scope":"a b"}}.
     */
    public String issueOpaqueToken(String claimsJson) {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String token = base64Url(random);
        write("opaque-" + token, claimsJson);
        return token;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String publicJwk(String kid, RSAPublicKey key) {
        return "{\"kty\":\"RSA\",\"kid\":\"" + kid + "\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                + base64Url(unsigned(key.getModulus())) + "\",\"e\":\"" + base64Url(unsigned(key.getPublicExponent()))
                + "\"}";
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
        writeAtomically(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Replaces a state file in one step: the JWKS handler and the tests read these files from other threads, and a
     * plain write truncates the file first, so a reader could see it empty (a fetch counter read as "").
     */
    private void writeAtomically(String name, byte[] value) {
        try {
            Path staged = Files.createTempFile(dir, name, ".tmp");
            Files.write(staged, value);
            Files.move(staged, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
