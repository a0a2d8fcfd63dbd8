package io.mcpwarden.deployment.test.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.spec.SecretKeySpec;

import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.sun.net.httpserver.HttpServer;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.test.TestIdentityServer;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Tokens an attacker controls, header and claims alike (RFC 8725). Every one must be refused with the same 401
 * {@code invalid_token} challenge and the same generic body: no 5xx, nothing echoed, and nothing fetched from a URL
 * the token names. Grow this suite whenever a new way to forge or mis-target a token comes to mind.
 */
class AdversarialTokenTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(ScopedOnlyTools.class);

    private static final String CHALLENGE = "Bearer error=\"invalid_token\", resource_metadata=\""
            + AuthApps.METADATA_URL + "\", scope=\"admin orders:export orders:read orders:write\"";
    private static final String BODY_MESSAGE = "Unauthorized: the bearer token is not valid for this server";

    /** A server an attacker runs: it serves the attacker's public key and counts who asks for it. */
    private static HttpServer attacker;
    private static final AtomicInteger attackerHits = new AtomicInteger();
    private static KeyPair attackerKey;
    private static String attackerUrl;

    @BeforeAll
    static void startAttackerServer() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        attackerKey = generator.generateKeyPair();
        RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) attackerKey.getPublic());
        jwk.setKeyId(TestIdentityServer.get().currentKid());
        byte[] jwks = ("{\"keys\":[" + jwk.toJson() + "]}").getBytes(StandardCharsets.UTF_8);
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        attacker.createContext("/", exchange -> {
            attackerHits.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        attacker.start();
        attackerUrl = "http://127.0.0.1:" + attacker.getAddress().getPort();
    }

    @AfterAll
    static void stopAttackerServer() {
        attacker.stop(0);
    }

    @Test
    void headersThatPointAtKeysTheAttackerControlsAreNeverFollowed() throws Exception {
        String kid = TestIdentityServer.get().currentKid();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("jku to the attacker's JWKS", signed(validClaims(), attackerKey.getPrivate(), "RS256", kid,
                Map.of("jku", attackerUrl + "/jwks.json")));
        tokens.put("x5u to the attacker's server", signed(validClaims(), attackerKey.getPrivate(), "RS256", kid,
                Map.of("x5u", attackerUrl + "/cert.pem")));
        RsaJsonWebKey embedded = new RsaJsonWebKey((RSAPublicKey) attackerKey.getPublic());
        tokens.put("attacker's key embedded as jwk", signedWithEmbeddedJwk(validClaims(), embedded));
        tokens.put("kid as a path", signed(validClaims(), hmacKey(new byte[32]), "HS256",
                "../../../../../../dev/null", Map.of()));
        tokens.put("kid as a URL", signed(validClaims(), attackerKey.getPrivate(), "RS256",
                attackerUrl + "/key", Map.of()));

        assertAllRefused(tokens);
        assertThat(attackerHits.get()).as("requests to URLs named in token headers").isZero();
    }

    @Test
    void algorithmTricksAreRefused() throws Exception {
        String valid = signed(validClaims(), idpKey(), "RS256", kid(), Map.of());
        String[] parts = valid.split("\\.");
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String none : new String[] { "none", "None", "NONE", "nOnE" }) {
            tokens.put("alg " + none, b64("{\"alg\":\"" + none + "\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
        }
        tokens.put("signature stripped", parts[0] + "." + parts[1] + ".");
        tokens.put("HS256 with an empty secret", signed(validClaims(), hmacKey(new byte[32]), "HS256", kid(),
                Map.of()));
        tokens.put("RS256 header over a PS256 signature", relabel(signed(validClaims(), idpKey(), "PS256", kid(),
                Map.of()), "RS256"));
        tokens.put("unknown critical header", signed(validClaims(), idpKey(), "RS256", kid(),
                Map.of("crit", new String[] { "urn:attacker:ignore-me" }, "urn:attacker:ignore-me", true)));
        tokens.put("unencoded payload (b64 false)", rawSigned("{\"alg\":\"RS256\",\"kid\":\"" + kid()
                + "\",\"b64\":false,\"crit\":[\"b64\"]}", b64(validClaims())));

        assertAllRefused(tokens);
    }

    @Test
    void tamperedOrMalformedPayloadsAreRefused() throws Exception {
        String valid = signed(validClaims(), idpKey(), "RS256", kid(), Map.of());
        String[] parts = valid.split("\\.");
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("payload swapped after signing", parts[0] + "."
                + b64(validClaims().replace("\"orders:read\"", "\"admin\"")) + "." + parts[2]);
        tokens.put("signature of another token", parts[0] + "." + parts[1] + "."
                + signed(validClaims().replace("alice", "mallory"), idpKey(), "RS256", kid(), Map.of())
                        .split("\\.")[2]);
        tokens.put("payload not JSON", signed("hello", idpKey(), "RS256", kid(), Map.of()));
        tokens.put("payload a JSON array", signed("[" + validClaims() + "]", idpKey(), "RS256", kid(), Map.of()));
        tokens.put("four segments", valid + ".AAAA");
        tokens.put("six segments", valid + ".AAAA.AAAA.AAAA");

        assertAllRefused(tokens);
    }

    @Test
    void claimsThatAreMissingMistypedOrMistargetedAreRefused() throws Exception {
        long now = Instant.now().getEpochSecond();
        String issuer = TestIdentityServer.get().issuer();
        Map<String, String> claims = new LinkedHashMap<>();
        claims.put("no sub", "{\"iss\":\"" + issuer + "\",\"aud\":\"" + AuthApps.RESOURCE + "\",\"exp\":" + (now + 300)
                + ",\"scope\":\"orders:read\"}");
        claims.put("no exp", "{\"iss\":\"" + issuer + "\",\"sub\":\"alice\",\"aud\":\"" + AuthApps.RESOURCE
                + "\",\"scope\":\"orders:read\"}");
        claims.put("exp as a string", "{\"iss\":\"" + issuer + "\",\"sub\":\"alice\",\"aud\":\"" + AuthApps.RESOURCE
                + "\",\"exp\":\"" + (now + 300) + "\",\"scope\":\"orders:read\"}");
        claims.put("no aud", "{\"iss\":\"" + issuer + "\",\"sub\":\"alice\",\"exp\":" + (now + 300)
                + ",\"scope\":\"orders:read\"}");
        claims.put("aud a prefix of the resource", "{\"iss\":\"" + issuer + "\",\"sub\":\"alice\",\"aud\":\""
                + AuthApps.ORIGIN + "\",\"exp\":" + (now + 300) + ",\"scope\":\"orders:read\"}");
        claims.put("aud the resource with a suffix", "{\"iss\":\"" + issuer + "\",\"sub\":\"alice\",\"aud\":\""
                + AuthApps.RESOURCE + "/../admin\",\"exp\":" + (now + 300) + ",\"scope\":\"orders:read\"}");
        claims.put("aud an object", "{\"iss\":\"" + issuer + "\",\"sub\":\"alice\",\"aud\":{\"value\":\""
                + AuthApps.RESOURCE + "\"},\"exp\":" + (now + 300) + ",\"scope\":\"orders:read\"}");
        claims.put("iss with a trailing slash", "{\"iss\":\"" + issuer + "/\",\"sub\":\"alice\",\"aud\":\""
                + AuthApps.RESOURCE + "\",\"exp\":" + (now + 300) + ",\"scope\":\"orders:read\"}");
        claims.put("expired long ago", "{\"iss\":\"" + issuer + "\",\"sub\":\"alice\",\"aud\":\"" + AuthApps.RESOURCE
                + "\",\"exp\":1,\"scope\":\"orders:read\"}");
        Map<String, String> tokens = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : claims.entrySet()) {
            tokens.put(entry.getKey(), signed(entry.getValue(), idpKey(), "RS256", kid(), Map.of()));
        }

        assertAllRefused(tokens);
    }

    @Test
    void oversizedAndOddlyShapedHeadersAreRefusedCleanly() throws Exception {
        String padding = "x".repeat(12_000); // base64url grows it to about 16.5 KB: above the token limit
        String huge = signed(validClaims().replace("}", ",\"padding\":\"" + padding + "\"}"), idpKey(), "RS256", kid(),
                Map.of());
        String valid = signed(validClaims(), idpKey(), "RS256", kid(), Map.of());
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("token over 16 KB", huge);
        tokens.put("two tokens in one header", valid + " " + valid);
        tokens.put("control character inside", valid.substring(0, 20) + "\t" + valid.substring(20));

        assertAllRefused(tokens);
    }

    @Test
    void aHeaderOverTheHttpLimitIsRefusedByTheHttpLayerNotWithAServerError() throws Exception {
        String padding = "x".repeat(30_000);
        String huge = signed(validClaims().replace("}", ",\"padding\":\"" + padding + "\"}"), idpKey(), "RS256", kid(),
                Map.of());
        McpHttp.post().header("Authorization", "Bearer " + huge).body(McpHttp.initializeBody("2025-11-25"))
                .post(McpHttp.PATH).then()
                .statusCode(431);
    }

    @Test
    void theSameClaimsProperlySignedAreAccepted() throws Exception {
        // The control: everything above differs from this token in exactly the way its name says.
        McpHttp.post().header("Authorization", "Bearer " + signed(validClaims(), idpKey(), "RS256", kid(), Map.of()))
                .body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then()
                .statusCode(200);
    }

    private static void assertAllRefused(Map<String, String> tokens) {
        tokens.forEach((name, token) -> McpHttp.post().header("Authorization", "Bearer " + token)
                .body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo(CHALLENGE))
                .body("error.message", equalTo(BODY_MESSAGE))
                .body(not(containsString(token.length() > 40 ? token.substring(0, 40) : token))));
    }

    private static String validClaims() {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"" + TestIdentityServer.get().issuer() + "\",\"sub\":\"alice\",\"aud\":\"" + AuthApps.RESOURCE
                + "\",\"client_id\":\"test-client\",\"iat\":" + (now - 5) + ",\"exp\":" + (now + 300)
                + ",\"scope\":\"orders:read\"}";
    }

    private static String kid() {
        return TestIdentityServer.get().currentKid();
    }

    private static Key idpKey() {
        return TestIdentityServer.get().privateKey(kid());
    }

    private static Key hmacKey(byte[] secret) {
        return new SecretKeySpec(secret, "HmacSHA256");
    }

    private static String signed(String payload, Key key, String alg, String kid, Map<String, Object> headers)
            throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setAlgorithmHeaderValue(alg);
        jws.setKeyIdHeaderValue(kid);
        jws.setHeader("typ", "JWT");
        headers.forEach((name, value) -> jws.getHeaders().setObjectHeaderValue(name, value instanceof String[] array
                ? java.util.List.of(array)
                : value));
        jws.setKey(key);
        jws.setDoKeyValidation(false);
        return jws.getCompactSerialization();
    }

    private static String signedWithEmbeddedJwk(String payload, RsaJsonWebKey jwk) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setAlgorithmHeaderValue("RS256");
        jws.setJwkHeader(jwk);
        jws.setKey(attackerKey.getPrivate());
        return jws.getCompactSerialization();
    }

    /** A compact JWS with exactly this header, signed RS256 by the identity provider's key over header.payload. */
    private static String rawSigned(String headerJson, String payloadB64) throws GeneralSecurityException {
        String input = b64(headerJson) + "." + payloadB64;
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign((java.security.PrivateKey) idpKey());
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    }

    /** The same token with another alg in its header (so the signature no longer matches the header). */
    private static String relabel(String token, String alg) {
        String[] parts = token.split("\\.");
        return b64("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\",\"kid\":\"" + kid() + "\"}") + "." + parts[1] + "."
                + parts[2];
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
