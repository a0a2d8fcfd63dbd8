package io.mcpwarden.runtime.devui;

import io.quarkus.runtime.LaunchMode;

/**
 * Whether the application runs in local dev mode ({@code quarkus:dev} on the developer's machine): not production, not
 * tests, not remote dev. The Dev UI's token minting and the verification of its tokens work only then.
 */
final class LocalDevMode {

    private LocalDevMode() {
    }

    static boolean active() {
        LaunchMode mode = LaunchMode.current();
        return mode == LaunchMode.DEVELOPMENT && !mode.isRemoteDev();
    }

    /**
     * Fails unless in local dev mode.
     */
    static void require(String what) {
        if (!active()) {
            throw new IllegalStateException(what + " exists only in local dev mode, not in " + LaunchMode.current());
        }
    }
}
