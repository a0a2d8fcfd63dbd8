package io.mcpwarden.deployment.test.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.test.TestIdentityServer;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The verified-token cache under parallel first use and reuse: sixteen callers, each with a token of its own that the
 * server has never seen, start at the same instant and call the same tool twenty times. Readers are refused every
 * time and writers served every time: no caller is ever answered with another caller's verified identity, and no
 * request fails.
 */
class TokenCacheConcurrencyTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.securedOrderDesk();

    @Test
    void parallelCallersWithFreshTokensEachKeepTheirOwnIdentity() throws Exception {
        int callers = 16;
        CyclicBarrier start = new CyclicBarrier(callers);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Callable<List<Integer>>> tasks = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                boolean writer = i % 2 == 0;
                String token = TestIdentityServer.get().token().subject("caller-" + i)
                        .scopes(writer ? "orders:read orders:write" : "orders:read").sign();
                tasks.add(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    String session = AuthHttp.openSession(token);
                    List<Integer> statuses = new ArrayList<>();
                    for (int call = 0; call < 20; call++) {
                        statuses.add(AuthHttp.callTool(token, session, "cancelOrder", "{\"id\":\"o-" + call + "\"}")
                                .statusCode());
                    }
                    statuses.add(writer ? 200 : 403); // the expected status, last
                    return statuses;
                });
            }
            for (Future<List<Integer>> result : pool.invokeAll(tasks)) {
                List<Integer> statuses = result.get();
                int expected = statuses.remove(statuses.size() - 1);
                assertThat(statuses).hasSize(20).containsOnly(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
