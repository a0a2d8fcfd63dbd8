package io.mcpwarden.runtime.authorizationserver.admin;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.auth.AuthChallengeException;
import io.mcpwarden.runtime.auth.RequestAuthenticator;

/**
 * Lets an admin API request through only with a bearer token that the MCP endpoint's own verification accepts
 * (signature, issuer, audience, lifetime, client still enabled) and that grants the admin scope. Runs on a worker
 * thread: it waits for the verification.
 */
final class AdminAuthorization {

    private static final long VERIFICATION_TIMEOUT_SECONDS = 10;

    /**
     * A refused request: the status, the {@code WWW-Authenticate} challenge, the error code and why.
     */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final int status;
        final String challenge;
        final String error;

        Refusal(int status, String challenge, String error, String description) {
            super(description, null, false, false);
            this.status = status;
            this.challenge = challenge;
            this.error = error;
        }
    }

    private final Supplier<RequestAuthenticator> authenticator;
    private final String scope;

    AdminAuthorization(Supplier<RequestAuthenticator> authenticator, String scope) {
        this.authenticator = authenticator;
        this.scope = scope;
    }

    /**
     * The operator making the request.
     *
     * @throws Refusal when the request has no acceptable token with the admin scope
     */
    Caller operator(io.vertx.ext.web.RoutingContext ctx) {
        RequestAuthenticator tokens = authenticator.get();
        if (tokens == null) {
            throw new Refusal(401, null, "invalid_token", "The admin API cannot verify tokens: authentication is "
                    + "off on this server.");
        }
        if (ctx.request().getHeader("Authorization") == null) {
            throw new Refusal(401, tokens.challenges().missingToken().wwwAuthenticate(), "invalid_token",
                    "The admin API needs a bearer token granting the scope " + scope + ".");
        }
        Caller caller;
        try {
            caller = tokens.authenticate(ctx).toCompletableFuture().get(VERIFICATION_TIMEOUT_SECONDS,
                    TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthChallengeException challenge && challenge.status() == 400) {
                // A token sent in a way bearer tokens must not be (query string, several headers).
                throw new Refusal(400, challenge.wwwAuthenticate(), "invalid_request", challenge.getMessage() + ".");
            }
            throw new Refusal(401, tokens.challenges().invalidToken().wwwAuthenticate(), "invalid_token",
                    "The bearer token is not valid for this server.");
        } catch (TimeoutException e) {
            throw new Refusal(503, null, "temporarily_unavailable", "The bearer token could not be verified in "
                    + "time; try again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refusal(503, null, "temporarily_unavailable", "The request was interrupted; try again.");
        }
        if (!caller.authenticated()) {
            throw new Refusal(401, tokens.challenges().missingToken().wwwAuthenticate(), "invalid_token",
                    "The admin API needs a bearer token granting the scope " + scope + ".");
        }
        if (!caller.hasScope(scope)) {
            throw new Refusal(403, tokens.challenges().insufficientScope(List.of(scope)).wwwAuthenticate(),
                    "insufficient_scope", "The admin API needs the scope " + scope + ", which this token does not "
                            + "grant.");
        }
        return caller;
    }
}
