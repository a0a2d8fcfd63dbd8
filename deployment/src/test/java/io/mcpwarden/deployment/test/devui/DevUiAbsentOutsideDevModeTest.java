package io.mcpwarden.deployment.test.devui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.auth.AuthApps;
import io.mcpwarden.runtime.devui.DevAuditRing;
import io.mcpwarden.runtime.devui.DevSigningKey;
import io.mcpwarden.runtime.devui.DevTokenIdentityProvider;
import io.mcpwarden.runtime.devui.DevTokenMinter;
import io.mcpwarden.runtime.devui.WardenDevUiService;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Outside local dev mode (here the test launch mode; a production build skips the same dev-only build steps) the Dev UI card's
 * pieces do
 * not exist: no audit ring, signing key, minter, dev-token identity provider or JSON-RPC service bean, no Dev UI
 * route, and a token with the Dev UI issuer is refused like any token no identity provider vouches for.
 */
class DevUiAbsentOutsideDevModeTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(DevUiTools.class, ExportAuthorizer.class, DevUiApps.class);

    @Test
    void theCardsBeansAreNotThere() {
        assertThat(LaunchMode.current()).isEqualTo(LaunchMode.TEST);
        for (Class<?> devOnly : List.of(DevAuditRing.class, DevSigningKey.class, DevTokenMinter.class,
                DevTokenIdentityProvider.class, WardenDevUiService.class)) {
            assertThat(Arc.container().select(devOnly).isResolvable()).as(devOnly.getName()).isFalse();
        }
        assertThat(Arc.container().beanManager().getBeans(IdentityProvider.class,
                jakarta.enterprise.inject.Any.Literal.INSTANCE)).noneMatch(
                        bean -> bean.getBeanClass()
                                .equals(DevTokenIdentityProvider.class));
    }

    @Test
    void theDevKeyCannotBeCreatedOutsideDevMode() {
        assertThatThrownBy(DevSigningKey::new).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("only in local dev mode");
    }

    @Test
    void thereIsNoDevUiRoute() {
        given().get("/q/dev-ui/json-rpc-ws").then().statusCode(404);
        given().get("/q/dev-ui/").then().statusCode(404);
    }

    @Test
    void aTokenWithTheDevUiIssuerIsRefused() {
        String resource = ConfigProvider.getConfig().getValue("quarkus.warden.resource", String.class);
        McpHttp.post().header("Authorization", "Bearer " + DevUiApps.foreignDevIssuerToken(resource, "orders:read"))
                .body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then()
                .statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer error=\"invalid_token\""));
    }
}
