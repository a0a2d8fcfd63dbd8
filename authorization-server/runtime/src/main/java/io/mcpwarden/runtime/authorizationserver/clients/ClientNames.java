package io.mcpwarden.runtime.authorizationserver.clients;

import java.util.regex.Pattern;

/**
 * Cleans the name a client gives itself before it is stored and shown on the consent page: control characters (C0 and
 * C1) and format characters (bidirectional overrides such as U+202E, zero-width characters) are removed, so that a
 * name cannot break a log line or make the consent page read differently from what it says.
 */
public final class ClientNames {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    private ClientNames() {
    }

    public static String clean(String name) {
        return INVISIBLE.matcher(name).replaceAll("").strip();
    }
}
