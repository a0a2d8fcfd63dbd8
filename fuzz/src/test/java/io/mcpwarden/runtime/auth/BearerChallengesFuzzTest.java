package io.mcpwarden.runtime.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The {@code WWW-Authenticate} writer, with any metadata URL, scope names, ACR values and max age. Every challenge
 * parses, with the strict RFC 7235 grammar below, as one {@code Bearer} challenge with the RFC 6750 / RFC 9728 / RFC
 * 9470 parameters, each at most once, whose quoted values unescape back to exactly what was given (when a
 * quoted-string can carry it at all); no challenge ever holds CR, LF or another character a header value cannot carry;
 * status and {@code error} match the refusal.
 */
class BearerChallengesFuzzTest {

    private static final Set<String> PARAMETERS = Set.of("error", "error_description", "scope", "resource_metadata",
            "acr_values", "max_age");

    @FuzzTest(maxDuration = "20s")
    void challenge(FuzzedDataProvider data) {
        String url = metadataUrl(data.consumeString(80));
        List<String> basic = strings(data);
        List<String> scopes = strings(data);
        List<String> acr = strings(data);
        long maxAge = data.consumeLong(-2, Long.MAX_VALUE);
        challenges(url, basic, scopes, acr, maxAge, data.consumeString(40));
    }

    /**
     * Found by this target: scope names and ACR values come from configuration, which does not restrict their
     * characters, and a line feed in one went into the header as it was (a split header; Vert.x fails the response).
     */
    @Test
    void controlCharactersInConfiguredValuesNeverReachTheHeader() {
        challenges(ProtectedResourceMetadata.urlFor("https://mcp.example/mcp"), List.of("files:read\r\nX-Evil: 1"),
                List.of("a\nb", "c\u0000d"), List.of("urn:acr\r\n"), 0, "description\n");
        Map<String, String> scope = check(new BearerChallenges("https://mcp.example/.well-known/x", List.of())
                .insufficientScope(List.of("files:\"read\"\\", "x\ny")), 403, "insufficient_scope");
        assertThat(scope.get("scope")).isEqualTo("files:\"read\"\\ xy");
    }

    /**
     * The metadata URL as {@code AuthSetup} builds it: from a resource that parses as an absolute http(s) URI (the
     * configuration is refused otherwise).
     */
    private static String metadataUrl(String resource) {
        try {
            URI uri = URI.create(resource);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return ProtectedResourceMetadata.urlFor(resource);
            }
        } catch (IllegalArgumentException e) {
            // not a resource the configuration accepts
        }
        return ProtectedResourceMetadata.urlFor("https://mcp.example/mcp");
    }

    private static void challenges(String url, List<String> basic, List<String> scopes, List<String> acr,
            long maxAge, String description) {
        BearerChallenges challenges = new BearerChallenges(url, basic);

        String basicScope = String.join(" ", basic);
        Map<String, String> missing = check(challenges.missingToken(), 401, null);
        assertValue(missing, "resource_metadata", url);
        assertValue(missing, "scope", basic.isEmpty() ? null : basicScope);

        Map<String, String> invalid = check(challenges.invalidToken(), 401, "invalid_token");
        assertValue(invalid, "resource_metadata", url);
        assertValue(invalid, "scope", basic.isEmpty() ? null : basicScope);

        assertValue(check(challenges.invalidRequest(description), 400, "invalid_request"),
                "resource_metadata", url);

        Map<String, String> scope = check(challenges.insufficientScope(scopes), 403, "insufficient_scope");
        assertValue(scope, "scope", String.join(" ", scopes));
        assertValue(scope, "resource_metadata", url);

        Map<String, String> step = check(challenges.insufficientUserAuthentication(acr, maxAge), 401,
                "insufficient_user_authentication");
        assertValue(step, "acr_values", acr.isEmpty() ? null : String.join(" ", acr));
        assertThat(step.get("max_age")).isEqualTo(maxAge >= 0 ? Long.toString(maxAge) : null);
        assertValue(step, "resource_metadata", url);

        AuthChallengeException forbidden = challenges.forbidden();
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.wwwAuthenticate()).isNull();
    }

    private static List<String> strings(FuzzedDataProvider data) {
        int size = data.consumeInt(0, 3);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add(data.consumeString(20));
        }
        return values;
    }

    private static Map<String, String> check(AuthChallengeException refusal, int status, String error) {
        assertThat(refusal.status()).isEqualTo(status);
        String header = refusal.wwwAuthenticate();
        assertThat(header).isNotNull();
        for (char c : header.toCharArray()) {
            assertThat(c == '\t' || (c >= 0x20 && c != 0x7F))
                    .as("control character U+%04X in the challenge %s", (int) c, header).isTrue();
        }
        Map<String, String> parameters = parse(header);
        assertThat(parameters.get("error")).isEqualTo(error);
        assertThat(PARAMETERS).containsAll(parameters.keySet());
        if (error != null) {
            assertThat(refusal.reason()).isEqualTo(error);
        }
        return parameters;
    }

    /** A value round-trips when a quoted-string can carry it; otherwise it is only required to be there. */
    private static void assertValue(Map<String, String> parameters, String name, String expected) {
        if (expected == null) {
            assertThat(parameters).doesNotContainKey(name);
        } else if (expected.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c != 0x7F))) {
            assertThat(parameters.get(name)).as(name).isEqualTo(expected);
        } else {
            assertThat(parameters).containsKey(name);
        }
    }

    /**
     * RFC 7235 section 2.1 / RFC 7230 section 3.2.6: {@code challenge = auth-scheme 1*SP auth-param *( OWS "," OWS
     * auth-param )}, {@code auth-param = token BWS "=" BWS ( token / quoted-string )}; the scheme must be Bearer and
     * no parameter may repeat (RFC 6750 section 3). Returns the parameters with their values unescaped.
     */
    static Map<String, String> parse(String header) {
        int[] at = { 0 };
        String scheme = token(header, at);
        assertThat(scheme).isEqualTo("Bearer");
        int spaces = skip(header, at, " ");
        Map<String, String> parameters = new LinkedHashMap<>();
        if (at[0] == header.length()) {
            return parameters;
        }
        assertThat(spaces).as("space after the scheme in %s", header).isPositive();
        while (true) {
            String name = token(header, at).toLowerCase(java.util.Locale.ROOT);
            skip(header, at, " \t");
            expect(header, at, '=');
            skip(header, at, " \t");
            String value = at[0] < header.length() && header.charAt(at[0]) == '"' ? quoted(header, at)
                    : token(header, at);
            assertThat(parameters.put(name, value)).as("parameter %s twice in %s", name, header).isNull();
            skip(header, at, " \t");
            if (at[0] == header.length()) {
                return parameters;
            }
            expect(header, at, ',');
            skip(header, at, " \t");
        }
    }

    private static String token(String header, int[] at) {
        int start = at[0];
        while (at[0] < header.length() && isTchar(header.charAt(at[0]))) {
            at[0]++;
        }
        assertThat(at[0]).as("a token at %d in %s", start, header).isGreaterThan(start);
        return header.substring(start, at[0]);
    }

    private static String quoted(String header, int[] at) {
        expect(header, at, '"');
        StringBuilder value = new StringBuilder();
        while (true) {
            assertThat(at[0]).as("unterminated quoted-string in %s", header).isLessThan(header.length());
            char c = header.charAt(at[0]++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\\') {
                assertThat(at[0]).as("dangling escape in %s", header).isLessThan(header.length());
                char escaped = header.charAt(at[0]++);
                assertThat(escaped == '\t' || (escaped >= 0x20 && escaped != 0x7F)).isTrue();
                value.append(escaped);
            } else {
                // qdtext = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text
                assertThat(c == '\t' || c == ' ' || c == 0x21 || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E)
                        || c >= 0x80).as("U+%04X unescaped in a quoted-string: %s", (int) c, header)
                        .isTrue();
                value.append(c);
            }
        }
    }

    private static void expect(String header, int[] at, char c) {
        assertThat(at[0] < header.length() && header.charAt(at[0]) == c).as("'%s' at %d in %s", c, at[0], header)
                .isTrue();
        at[0]++;
    }

    private static int skip(String header, int[] at, String characters) {
        int start = at[0];
        while (at[0] < header.length() && characters.indexOf(header.charAt(at[0])) >= 0) {
            at[0]++;
        }
        return at[0] - start;
    }

    private static boolean isTchar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
}
