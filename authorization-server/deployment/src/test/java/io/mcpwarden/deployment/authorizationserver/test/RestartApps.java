package io.mcpwarden.deployment.authorizationserver.test;

import io.quarkus.test.QuarkusUnitTest;

/**
 * Two runs of one application on one database server, the second after the first has stopped (the test classes run in
 * name order: see junit-platform.properties). The first run leaves what it was issued in system properties, as strings,
 * for the second.
 */
final class RestartApps {

    static final String HANDOFF = "mcpwarden.as.test.restart.";

    private RestartApps() {
    }

    static QuarkusUnitTest app() {
        DatabaseServer database = AuthorizationServerApps.databaseServer();
        return AuthorizationServerApps.app("restart")
                .withApplicationRoot(AuthorizationServerApps.root(RestartApps.class))
                .overrideConfigKey("quarkus.datasource.warden.jdbc.url", database.jdbcUrl("restart"))
                .overrideConfigKey("quarkus.warden.scopes.\"warden:admin\".description", "Administer this server")
                .overrideConfigKey("quarkus.warden.authorization-server.admin.enabled", "true")
                .overrideConfigKey("quarkus.warden.authorization-server.admin.users", "alice");
    }

    static void handOff(String name, String value) {
        System.setProperty(HANDOFF + name, value);
    }

    static String handedOff(String name) {
        String value = System.getProperty(HANDOFF + name);
        if (value == null) {
            throw new IllegalStateException("Nothing was handed off as " + name
                    + ": StateSurvivesRestartFirstRunTest must run before StateSurvivesRestartSecondRunTest, in the "
                    + "same JVM");
        }
        return value;
    }
}
