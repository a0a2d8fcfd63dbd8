package io.mcpwarden.it.keycloak;

/**
 * The realm's users and clients (see {@code src/test/resources/keycloak/mcp-realm.json}).
 */
final class Users {

    /** Has the realm role {@code auditor}. */
    static final String ALICE = "alice";
    static final String ALICE_PASSWORD = "alice-pw";
    /** Has no realm role. */
    static final String BOB = "bob";
    static final String BOB_PASSWORD = "bob-pw";
    /** The confidential machine client, allowed {@code client_credentials}. */
    static final String SERVICE_CLIENT = "svc";
    static final String SERVICE_SECRET = "svc-secret";

    private Users() {
    }
}
