package io.mcpwarden.runtime.authorizationserver.login;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.mcpwarden.authorizationserver.AuthenticatedUser;
import io.mcpwarden.authorizationserver.UserAuthenticator;
import io.mcpwarden.runtime.authorizationserver.config.AuthorizationServerConfig;
import io.quarkus.arc.DefaultBean;
import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * The default login check: the users of {@code quarkus.warden.authorization-server.users}, with bcrypt password
 * hashes (checked by Quarkus' {@link BcryptUtil}, from WildFly Elytron).
 */
@DefaultBean
@ApplicationScoped
public class ConfiguredUsers implements UserAuthenticator {

    static final String ACR = "password";
    /** Checked when the user name is unknown, so that an unknown user takes as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not a password of anyone", 10);

    private final Map<String, AuthorizationServerConfig.User> users;

    ConfiguredUsers(AuthorizationServerConfig config) {
        this.users = Map.copyOf(config.users());
    }

    @Override
    public Optional<AuthenticatedUser> authenticate(String username, char[] password) {
        AuthorizationServerConfig.User user = username == null ? null : users.get(username);
        String typed = new String(password);
        if (user == null) {
            BcryptUtil.matches(typed, DUMMY_HASH);
            return Optional.empty();
        }
        boolean matches;
        try {
            matches = BcryptUtil.matches(typed, user.passwordHash());
        } catch (RuntimeException e) {
            // A malformed hash in the configuration: nobody logs in as this user.
            matches = false;
        }
        return matches ? Optional.of(new AuthenticatedUser(username, user.displayName().orElse(username), ACR))
                : Optional.empty();
    }
}
