package com.acme.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * The getting-started guide tells readers to sign in as ada / notes-password: the configured hash must be that
 * password's.
 */
class GuidePasswordTest {

    @Test
    void theConfiguredHashIsThatOfThePasswordTheGuideGives() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String hash = properties.getProperty("quarkus.warden.authorization-server.users.ada.password-hash");

        assertThat(BcryptUtil.matches("notes-password", hash)).isTrue();
        assertThat(BcryptUtil.matches("notes-password-", hash)).isFalse();
    }
}
