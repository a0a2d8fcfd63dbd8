package io.mcpwarden.deployment.authorizationserver.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A real https server on 127.0.0.1 that serves Client ID Metadata Documents (and misbehaving answers) to the
 * authorization server under test, with the self-signed certificate in {@code src/test/resources/cimd-tls}. Counts
 * the requests of each path.
 */
final class MetadataDocumentServer {

    static final Path TRUSTED_CERTIFICATE = Path.of("src/test/resources/cimd-tls/server.pem").toAbsolutePath();

    /** What one path answers. */
    record Answer(int status, String contentType, String body, Map<String, String> headers, long delayMillis) {
        static Answer json(String body, String cacheControl) {
            return new Answer(200, "application/json", body, Map.of("Cache-Control", cacheControl), 0);
        }
    }

    private final HttpsServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    private MetadataDocumentServer(HttpsServer server) {
        this.server = server;
    }

    static MetadataDocumentServer start() {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(Path.of("src/test/resources/cimd-tls/server.p12"))) {
                keys.load(in, "test-only".toCharArray());
            }
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, "test-only".toCharArray());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keyManagers.getKeyManagers(), null, null);
            HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            https.setExecutor(Executors.newCachedThreadPool());
            MetadataDocumentServer documents = new MetadataDocumentServer(https);
            https.createContext("/", documents::answer);
            https.start();
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The https URL of a path on this server, by host name (the certificate names localhost). */
    String url(String path) {
        return "https://localhost:" + server.getAddress().getPort() + path;
    }

    void serve(String path, Answer answer) {
        answers.put(path, answer);
    }

    int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Answer answer = answers.get(path);
        try (exchange) {
            if (answer == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (answer.delayMillis() > 0) {
                try {
                    Thread.sleep(answer.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // the authorization server hung up on purpose (a document too large, too slow)
        }
    }

    void stop() {
        server.stop(0);
    }
}
