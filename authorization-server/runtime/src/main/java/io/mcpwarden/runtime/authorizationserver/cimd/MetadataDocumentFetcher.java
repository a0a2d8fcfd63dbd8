package io.mcpwarden.runtime.authorizationserver.cimd;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Fetches a Client ID Metadata Document without letting the fetch be turned against the server's own network (SSRF):
 * the host name is resolved once, every address it resolves to must be public (unless private addresses are allowed,
 * for tests), and the connection goes to the checked address, with TLS verifying the certificate against the host
 * name. No redirects are followed; the answer must be a {@code 200} JSON body within the size limit, and the whole
 * fetch must finish within its time limit. Called on a worker thread: it blocks until the document is in.
 */
final class MetadataDocumentFetcher {

    private static final Logger LOG = Logger.getLogger(MetadataDocumentFetcher.class);

    /**
     * A fetched document: its body and how long it may be cached by its own {@code Cache-Control}, or -1 when it
     * says nothing.
     */
    record Fetched(String body, long maxAgeSeconds) {
    }

    private final HttpClient http;
    private final boolean allowPrivateAddresses;
    private final int maxBytes;
    private final Duration connectTimeout;
    private final Duration fetchTimeout;

    MetadataDocumentFetcher(Vertx vertx, boolean allowPrivateAddresses, int maxBytes, Duration connectTimeout,
            Duration fetchTimeout, String trustedCertificates) {
        HttpClientOptions options = new HttpClientOptions().setSsl(true).setVerifyHost(true).setForceSni(true)
                .setTrustAll(false).setMaxRedirects(0).setKeepAlive(false)
                .setConnectTimeout((int) connectTimeout.toMillis());
        if (trustedCertificates != null) {
            options.setPemTrustOptions(new PemTrustOptions().addCertPath(trustedCertificates));
        }
        this.http = vertx.createHttpClient(options);
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.maxBytes = maxBytes;
        this.connectTimeout = connectTimeout;
        this.fetchTimeout = fetchTimeout;
    }

    Fetched fetch(URI url) {
        InetAddress address = checkedAddress(url.getHost());
        int port = url.getPort() < 0 ? 443 : url.getPort();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setSsl(true)
                .setHost(url.getHost()).setPort(port)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setURI(url.getRawPath())
                .setFollowRedirects(false)
                .setConnectTimeout(connectTimeout.toMillis())
                .setIdleTimeout(fetchTimeout.toMillis())
                .putHeader("Accept", "application/json");
        CompletableFuture<Fetched> result = new CompletableFuture<>();
        http.request(request).onFailure(result::completeExceptionally).onSuccess(sent -> {
            sent.response().onFailure(result::completeExceptionally)
                    .onSuccess(response -> read(sent, response, result));
            sent.end();
        });
        try {
            return result.get(fetchTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(false);
            throw new MetadataDocumentException("its server did not answer within " + fetchTimeout.toMillis()
                    + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MetadataDocumentException refusal) {
                throw refusal;
            }
            // The cause may name internal addresses or TLS details: the log only, never the answer.
            LOG.debugf("Fetching the metadata document %s failed: %s", url, e.getCause());
            throw new MetadataDocumentException("it could not be fetched (connection or TLS failure)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MetadataDocumentException("the fetch was interrupted");
        }
    }

    private void read(HttpClientRequest request, HttpClientResponse response, CompletableFuture<Fetched> result) {
        if (response.statusCode() != 200) {
            request.reset();
            result.completeExceptionally(new MetadataDocumentException("its server answered "
                    + response.statusCode() + " instead of 200" + (response.statusCode() / 100 == 3
                            ? " (redirects are not followed)"
                            : "")));
            return;
        }
        String type = response.getHeader("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            request.reset();
            result.completeExceptionally(new MetadataDocumentException("it is not served as application/json"));
            return;
        }
        String length = response.getHeader("Content-Length");
        if (length != null && tooLong(length)) {
            request.reset();
            result.completeExceptionally(tooLarge());
            return;
        }
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (result.isDone()) {
                return;
            }
            if (body.length() + chunk.length() > maxBytes) {
                result.completeExceptionally(tooLarge());
                request.reset();
                return;
            }
            body.appendBuffer(chunk);
        });
        response.exceptionHandler(result::completeExceptionally);
        response.endHandler(done -> result.complete(new Fetched(body.toString(java.nio.charset.StandardCharsets.UTF_8),
                maxAge(response.getHeader("Cache-Control")))));
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private MetadataDocumentException tooLarge() {
        return new MetadataDocumentException("it is larger than " + maxBytes + " bytes");
    }

    private InetAddress checkedAddress(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new MetadataDocumentException("its host name does not resolve");
        }
        if (!allowPrivateAddresses) {
            for (InetAddress address : addresses) {
                if (!PublicAddresses.isPublic(address)) {
                    throw new MetadataDocumentException("its host resolves to a private, loopback or otherwise "
                            + "non-public address, which this server does not contact");
                }
            }
        }
        return addresses[0];
    }

    /**
     * The {@code max-age} of a {@code Cache-Control} header; 0 for {@code no-store} or {@code no-cache}; -1 without
     * either.
     */
    static long maxAge(String cacheControl) {
        if (cacheControl == null) {
            return -1;
        }
        long maxAge = -1;
        for (String directive : cacheControl.toLowerCase(Locale.ROOT).split(",")) {
            String d = directive.trim();
            if (d.equals("no-store") || d.equals("no-cache")) {
                return 0;
            }
            if (d.startsWith("max-age=")) {
                try {
                    maxAge = Math.max(0, Long.parseLong(d.substring(8).trim()));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return maxAge;
    }

    void close() {
        http.close();
    }
}
