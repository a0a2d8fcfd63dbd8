package io.mcpwarden.runtime.authorizationserver.cimd;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import io.mcpwarden.runtime.authorizationserver.config.AuthorizationServerConfig;
import io.mcpwarden.runtime.authorizationserver.store.RegisteredClient;
import io.vertx.core.Vertx;

/**
 * Clients identified by a Client ID Metadata Document: their {@code client_id} is an https URL, and what they are
 * (name, redirect URIs, grant types) is the JSON document served there. Documents are fetched safely
 * ({@link MetadataDocumentFetcher}), checked ({@link MetadataDocumentReader}) and cached for the time their
 * {@code Cache-Control} allows, within configured bounds. Refusals are not cached. Called on worker threads.
 */
public final class ClientMetadataDocuments {

    /** Enough for every client a busy server sees; when full, expired entries go first, then everything. */
    private static final int MAX_CACHED = 1000;

    private record Cached(RegisteredClient client, long expiresAtMillis) {
    }

    private final MetadataDocumentFetcher fetcher;
    private final Duration defaultCacheTime;
    private final Duration maxCacheTime;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    public ClientMetadataDocuments(Vertx vertx, AuthorizationServerConfig.ClientMetadataDocuments config) {
        this.fetcher = new MetadataDocumentFetcher(vertx, config.allowPrivateAddresses(), config.maxSize(),
                config.connectTimeout(), config.fetchTimeout(), config.trustedCertificates().orElse(null));
        this.defaultCacheTime = config.defaultCacheTime();
        this.maxCacheTime = config.maxCacheTime();
    }

    public static boolean isDocumentUrl(String clientId) {
        return MetadataDocumentReader.isDocumentUrl(clientId);
    }

    /**
     * The client the document at this URL describes.
     *
     * @throws MetadataDocumentException when the URL or the document is not acceptable, or it cannot be fetched
     */
    public RegisteredClient resolve(String clientId) {
        long nowMillis = System.currentTimeMillis();
        Cached cached = cache.get(clientId);
        if (cached != null && cached.expiresAtMillis() > nowMillis) {
            return cached.client();
        }
        URI url = MetadataDocumentReader.documentUrl(clientId);
        MetadataDocumentFetcher.Fetched fetched = fetcher.fetch(url);
        RegisteredClient client = MetadataDocumentReader.read(clientId, fetched.body(), nowMillis / 1000);
        long seconds = fetched.maxAgeSeconds() < 0 ? defaultCacheTime.toSeconds() : fetched.maxAgeSeconds();
        long cacheMillis = Math.min(seconds, maxCacheTime.toSeconds()) * 1000;
        if (cacheMillis > 0) {
            if (cache.size() >= MAX_CACHED) {
                cache.values().removeIf(entry -> entry.expiresAtMillis() <= nowMillis);
                if (cache.size() >= MAX_CACHED) {
                    cache.clear();
                }
            }
            cache.put(clientId, new Cached(client, nowMillis + cacheMillis));
        }
        return client;
    }

    /**
     * Forgets the cached document of this client, so that the next use fetches it again.
     */
    public void invalidate(String clientId) {
        cache.remove(clientId);
    }

    public void close() {
        fetcher.close();
    }
}
