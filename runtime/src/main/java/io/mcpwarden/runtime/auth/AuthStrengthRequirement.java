package io.mcpwarden.runtime.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.mcpwarden.auth.Caller;

/**
 * The authentication-strength condition of a tool ({@code @RequireAuthStrength}), as built at build time.
 *
 * @param acrValues acceptable {@code acr} values (empty: any)
 * @param maxAgeSeconds the largest accepted age of the authentication, negative for no limit
 */
public record AuthStrengthRequirement(List<String> acrValues, long maxAgeSeconds) {

    public boolean isMetBy(Caller caller, Instant now) {
        if (!acrValues.isEmpty() && caller.acr().filter(acrValues::contains).isEmpty()) {
            return false;
        }
        if (maxAgeSeconds >= 0) {
            Optional<Instant> authTime = caller.authTime();
            return authTime.isPresent() && !authTime.get().plusSeconds(maxAgeSeconds).isBefore(now);
        }
        return true;
    }
}
