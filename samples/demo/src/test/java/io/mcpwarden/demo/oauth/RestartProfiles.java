package io.mcpwarden.demo.oauth;

/**
 * Two profiles on one database file: Quarkus restarts the demo between them (the test class orderer runs the classes
 * of one profile, then those of the next, by profile name), so the second run sees what the first one stored.
 */
final class RestartProfiles {

    /** Where the first run leaves the client id and refresh token for the second. */
    static final java.nio.file.Path HANDOFF = java.nio.file.Path.of("target", "warden-test",
            "restart-handoff-" + ProcessHandle.current().pid() + ".properties");

    private RestartProfiles() {
    }

    public static class A1FirstRun extends EmbeddedAuthorizationServerProfile {
        @Override
        protected String database() {
            return "restart-" + ProcessHandle.current().pid();
        }
    }

    public static class A2SecondRun extends A1FirstRun {
    }
}
