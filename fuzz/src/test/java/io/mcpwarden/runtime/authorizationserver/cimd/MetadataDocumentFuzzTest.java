package io.mcpwarden.runtime.authorizationserver.cimd;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.mcpwarden.runtime.authorizationserver.store.RegisteredClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The Client ID Metadata Document checks, with any {@code client_id} URL and any document a client's server may
 * send. A {@code client_id} is either accepted as an https URL with a host and a path and without user information,
 * query, fragment or dot segments, or refused with a {@link MetadataDocumentException}; a document is either a public
 * client whose every field holds the documented constraints (its id is the URL, authentication {@code none},
 * https or loopback-http redirect URIs without fragment or user information, grant types within
 * {@code authorization_code} and {@code refresh_token} and including the first, a short name without control or
 * format characters), or refused with a {@link MetadataDocumentException} whose message names no Java class. Nothing else
 * may escape.
 */
class MetadataDocumentFuzzTest {

    private static final String URL = "https://client.example/metadata.json";
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]", "::1", "localhost");
    private static final String[] FIELDS = { "client_id", "client_name", "redirect_uris", "grant_types",
            "response_types", "token_endpoint_auth_method", "scope", "client_secret", "client_uri" };
    private static final String[] WORDS = { URL, "https://app.example/cb", "http://127.0.0.1:8080/cb",
            "http://localhost/cb", "http://evil.example/cb", "https://user@app.example/cb", "https://app.example/cb#x",
            "authorization_code", "refresh_token", "client_credentials", "code", "token", "none",
            "client_secret_basic", "", " ", "\u0000", "orders:read orders:write" };

    @FuzzTest(maxDuration = "20s")
    void document(FuzzedDataProvider data) {
        String clientId = data.consumeBoolean() ? data.consumeString(120) : pick(data);
        checkClientId(clientId);
        String body = data.consumeBoolean() ? data.consumeRemainingAsString() : structured(data).encode();
        checkDocument(body);
    }

    /**
     * A name that would read differently on the consent page (a right-to-left override) or break a log line (a C1
     * control): both are removed, as they are from registration requests.
     */
    @Test
    void invisibleCharactersAreRemovedFromTheName() {
        RegisteredClient client = MetadataDocumentReader.read(URL, new JsonObject().put("client_id", URL)
                .put("client_name", "\u202Efdp.exe \u0085Trusted\u200B App\u0007")
                .put("redirect_uris", new JsonArray().add("https://app.example/cb")).encode(), 1_000L);

        assertThat(client.name()).isEqualTo("fdp.exe Trusted App");
    }

    private static void checkClientId(String clientId) {
        URI url;
        try {
            url = MetadataDocumentReader.documentUrl(clientId);
        } catch (MetadataDocumentException refused) {
            assertCleanMessage(refused);
            return;
        }
        String path = url.getRawPath();
        assertThat(url.getScheme()).isEqualTo("https");
        assertThat(url.getHost()).isNotNull();
        assertThat(url.getRawUserInfo()).isNull();
        assertThat(url.getRawQuery()).isNull();
        assertThat(url.getRawFragment()).isNull();
        assertThat(path).isNotEmpty().isNotEqualTo("/").doesNotContain("/./").doesNotContain("/../");
        assertThat(path.endsWith("/.") || path.endsWith("/..")).isFalse();
    }

    private static void checkDocument(String body) {
        RegisteredClient client;
        try {
            client = MetadataDocumentReader.read(URL, body, 1_000L);
        } catch (MetadataDocumentException refused) {
            assertCleanMessage(refused);
            return;
        }
        assertThat(client.clientId()).isEqualTo(URL);
        assertThat(client.secretHash()).isNull();
        assertThat(client.authMethod()).isEqualTo("none");
        assertThat(client.metadataDocument()).isTrue();
        assertThat(client.redirectUris()).isNotEmpty().doesNotHaveDuplicates()
                .allSatisfy(MetadataDocumentFuzzTest::assertAcceptableRedirect);
        assertThat(client.grantTypes()).contains("authorization_code")
                .isSubsetOf("authorization_code", "refresh_token").doesNotHaveDuplicates();
        assertThat(client.name()).isNotEmpty().hasSizeLessThanOrEqualTo(100);
        assertThat(client.name()).doesNotContainPattern("[\\p{Cc}\\p{Cf}]");
        assertThat(client.scopes()).allSatisfy(scope -> assertThat(scope).isNotEmpty().doesNotContain(" "));
        JsonObject document = new JsonObject(body);
        assertThat(document.containsKey("client_secret")).isFalse();
        assertThat(document.getValue("response_types")).isIn(null, new JsonArray().add("code"));
    }

    private static void assertAcceptableRedirect(String redirect) {
        URI uri = URI.create(redirect);
        assertThat(uri.getHost()).isNotNull();
        assertThat(uri.getRawFragment()).isNull();
        assertThat(uri.getRawUserInfo()).isNull();
        boolean loopbackHttp = "http".equals(uri.getScheme())
                && LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
        assertThat("https".equals(uri.getScheme()) || loopbackHttp).as(redirect).isTrue();
    }

    private static void assertCleanMessage(MetadataDocumentException refused) {
        assertThat(refused.getMessage()).isNotBlank().doesNotContain("Exception").doesNotContain("java.")
                .doesNotContain("io.vertx").doesNotContain("com.fasterxml");
    }

    private static JsonObject structured(FuzzedDataProvider data) {
        JsonObject document = new JsonObject();
        int fields = data.consumeInt(0, 8);
        for (int i = 0; i < fields; i++) {
            String field = FIELDS[data.consumeInt(0, FIELDS.length - 1)];
            document.put(field, value(data, 0));
        }
        if (data.consumeBoolean()) {
            document.put("client_id", URL);
        }
        return document;
    }

    private static Object value(FuzzedDataProvider data, int depth) {
        switch (data.consumeInt(0, depth < 2 ? 6 : 4)) {
            case 0:
                return pick(data);
            case 1:
                return data.consumeString(60);
            case 2:
                return data.consumeLong();
            case 3:
                return data.consumeBoolean();
            case 4:
                return null;
            case 5: {
                JsonArray array = new JsonArray();
                int size = data.consumeInt(0, 4);
                for (int i = 0; i < size; i++) {
                    array.add(value(data, depth + 1));
                }
                return array;
            }
            default:
                return new JsonObject().put(pick(data), value(data, depth + 1));
        }
    }

    private static String pick(FuzzedDataProvider data) {
        return WORDS[data.consumeInt(0, WORDS.length - 1)];
    }
}
