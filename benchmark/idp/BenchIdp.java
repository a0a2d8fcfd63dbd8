import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

import com.sun.net.httpserver.HttpServer;

/**
 * The benchmark's identity provider, run as a single source file (java BenchIdp.java OUT_DIR RESOURCE): an RS256 key,
 * an OpenID Connect discovery document and a JWKS on 127.0.0.1, and ONE signed access token (scope bench:call,
 * audience RESOURCE, valid two hours) written to OUT_DIR/token. The issuer URL goes to OUT_DIR/issuer. Serves until
 * killed. Deliberately dependency-free, so that any server under test (Java or not) can use it.
 */
public class BenchIdp {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String resource = args[1];
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        RSAPublicKey pub = (RSAPublicKey) key.getPublic();

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/bench";
        String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/jwks\",\"token_endpoint\":\""
                + issuer + "/token\",\"authorization_endpoint\":\"" + issuer + "/auth\"}";
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"bench-1\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
                + b64(unsigned(pub.getModulus())) + "\",\"e\":\"" + b64(unsigned(pub.getPublicExponent())) + "\"}]}";
        server.createContext("/realms/bench/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = path.endsWith("/.well-known/openid-configuration") ? discovery
                    : path.endsWith("/jwks") ? jwks : null;
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(bytes);
            }
        });
        server.start();

        long now = System.currentTimeMillis() / 1000;
        String header = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench-1\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64(("{\"iss\":\"" + issuer + "\",\"sub\":\"bench\",\"aud\":\"" + resource
                + "\",\"client_id\":\"bench-client\",\"scope\":\"bench:call\",\"iat\":" + now + ",\"exp\":"
                + (now + 7200) + "}").getBytes(StandardCharsets.UTF_8));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(key.getPrivate());
        rs256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        String token = header + "." + claims + "." + b64(rs256.sign());

        Files.writeString(out.resolve("token"), token);
        Files.writeString(out.resolve("issuer"), issuer); // written last: run.sh waits for it
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
