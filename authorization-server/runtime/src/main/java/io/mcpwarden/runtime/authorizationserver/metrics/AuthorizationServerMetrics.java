package io.mcpwarden.runtime.authorizationserver.metrics;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.mcpwarden.authorizationserver.AuthorizationServerEvent;
import io.mcpwarden.runtime.authorizationserver.audit.RevocationReasons;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Micrometer counters of the built-in authorization server, fed by its audit events, so that each grant, refresh,
 * registration, revocation and consent is counted exactly once. Registered only when the application has a
 * Micrometer extension. Tags take a few fixed values only: never a client id, a subject or a scope.
 * <ul>
 * <li>{@code mcp.warden.as.authorization.codes}: authorization codes issued (each granted consent ends the flow with
 * one);</li>
 * <li>{@code mcp.warden.as.tokens.issued}: token responses, by {@code grant_type} ({@code authorization_code},
 * {@code refresh_token});</li>
 * <li>{@code mcp.warden.as.token.refusals}: refused token requests, by OAuth {@code error};</li>
 * <li>{@code mcp.warden.as.replays}: a used authorization code or refresh token presented again, which revokes the
 * grant, by {@code credential};</li>
 * <li>{@code mcp.warden.as.grants.revoked}: grants revoked, by {@code cause} ({@code client}, {@code replay});</li>
 * <li>{@code mcp.warden.as.registrations}: dynamic client registrations, by {@code result} ({@code accepted},
 * {@code rejected}) and OAuth {@code error};</li>
 * <li>{@code mcp.warden.as.consents}: consent decisions, by {@code decision} ({@code granted}, {@code denied}) and
 * {@code source} ({@code user}, {@code remembered}, {@code policy});</li>
 * <li>{@code mcp.warden.as.logins}: sign-ins, by {@code result} ({@code succeeded}, {@code failed}).</li>
 * </ul>
 */
@Singleton
public class AuthorizationServerMetrics {

    static final String NONE = "-";
    static final String OTHER = "other";
    /** The OAuth error codes this server answers with; anything else is counted as {@value #OTHER}. */
    private static final Set<String> ERRORS = Set.of("invalid_request", "invalid_client", "invalid_grant",
            "unauthorized_client", "unsupported_grant_type", "invalid_scope", "invalid_target", "invalid_token",
            "invalid_redirect_uri", "invalid_client_metadata", "access_denied", "server_error");

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "mcp.warden.as.authorization.codes", "Authorization codes issued by the built-in authorization server",
            "mcp.warden.as.tokens.issued", "Token responses of the built-in authorization server, by grant type",
            "mcp.warden.as.token.refusals", "Token requests refused by the built-in authorization server",
            "mcp.warden.as.replays", "Used authorization codes or refresh tokens presented again (the grant is revoked)",
            "mcp.warden.as.grants.revoked", "Grants revoked, with all their tokens",
            "mcp.warden.as.registrations", "Dynamic client registrations",
            "mcp.warden.as.consents", "Consent decisions",
            "mcp.warden.as.logins", "Sign-ins at the built-in authorization server");

    private final MeterRegistry registry;
    private final ConcurrentMap<CounterKey, Counter> counters = new ConcurrentHashMap<>();

    AuthorizationServerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void onEvent(@Observes AuthorizationServerEvent event) {
        switch (event.type()) {
            case TOKEN_ISSUED -> count("mcp.warden.as.tokens.issued", "grant_type", "authorization_code");
            case TOKEN_REFRESHED -> count("mcp.warden.as.tokens.issued", "grant_type", "refresh_token");
            case TOKEN_REFUSED -> count("mcp.warden.as.token.refusals", "error", error(event.reason()));
            case GRANT_REVOKED -> revoked(event.reason());
            case CLIENT_REGISTERED -> count("mcp.warden.as.registrations", "result", "accepted", "error", NONE);
            case CLIENT_REGISTRATION_REFUSED -> count("mcp.warden.as.registrations", "result", "rejected", "error",
                    error(event.reason()));
            case CONSENT_GRANTED -> {
                count("mcp.warden.as.authorization.codes");
                count("mcp.warden.as.consents", "decision", "granted", "source",
                        event.reason() == null ? "user" : "remembered");
            }
            case CONSENT_DENIED -> count("mcp.warden.as.consents", "decision", "denied", "source",
                    event.reason() == null ? "user" : "policy");
            case LOGIN_SUCCEEDED -> count("mcp.warden.as.logins", "result", "succeeded");
            case LOGIN_FAILED -> count("mcp.warden.as.logins", "result", "failed");
            default -> {
                // admin API requests are not counted here: they are rare and audited
            }
        }
    }

    private void revoked(String reason) {
        if (RevocationReasons.CLIENT_REQUEST.equals(reason)) {
            count("mcp.warden.as.grants.revoked", "cause", "client");
            return;
        }
        String credential = RevocationReasons.REFRESH_TOKEN_REPLAY.equals(reason) ? "refresh_token"
                : RevocationReasons.AUTHORIZATION_CODE_REPLAY.equals(reason) ? "authorization_code" : null;
        if (credential != null) {
            count("mcp.warden.as.replays", "credential", credential);
        }
        count("mcp.warden.as.grants.revoked", "cause", credential != null ? "replay" : OTHER);
    }

    /**
     * The OAuth error code a refusal's reason starts with ({@code invalid_grant: ...}), when it is one this server
     * uses.
     */
    static String error(String reason) {
        if (reason == null) {
            return OTHER;
        }
        int colon = reason.indexOf(':');
        String code = colon < 0 ? reason : reason.substring(0, colon);
        return ERRORS.contains(code) ? code : OTHER;
    }

    private void count(String name, String... tags) {
        counters.computeIfAbsent(new CounterKey(name, List.of(tags)), key -> Counter.builder(name)
                .description(DESCRIPTIONS.get(name))
                .tags(tags)
                .register(registry)).increment();
    }

    private record CounterKey(String name, List<String> tags) {
    }
}
