package io.mcpwarden.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.mcpwarden.demo.orders.Catalog;
import io.mcpwarden.demo.orders.OrderRefusedException;
import io.mcpwarden.demo.orders.OrderRepository;
import io.mcpwarden.demo.orders.OrderStatus;

class OrderRepositoryTest {

    @Test
    void concurrentCancellationsOfOneOrderLetExactlyOneSucceed() throws Exception {
        OrderRepository repository = new OrderRepository(new Catalog());
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String reason = "caller " + i;
                Callable<Boolean> cancel = () -> {
                    start.await();
                    try {
                        repository.cancel("ORD-1004", reason);
                        return true;
                    } catch (OrderRefusedException e) {
                        return false;
                    }
                };
                outcomes.add(pool.submit(cancel));
            }
            start.countDown();
            int successes = 0;
            for (Future<Boolean> outcome : outcomes) {
                successes += outcome.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(successes).isEqualTo(1);
            assertThat(repository.find("ORD-1004")).get().extracting(o -> o.status())
                    .isEqualTo(OrderStatus.CANCELLED);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cancelUnknownOrderIsRefusedWithAHint() {
        OrderRepository repository = new OrderRepository(new Catalog());
        assertThatThrownBy(() -> repository.cancel("ORD-42", "no reason"))
                .isInstanceOf(OrderRefusedException.class)
                .hasMessage("There is no order with id 'ORD-42'. Order ids look like ORD-1001; use list_orders to find one.");
    }

    @Test
    void placedOrdersGetDistinctIdsUnderConcurrency() throws Exception {
        OrderRepository repository = new OrderRepository(new Catalog());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                ids.add(pool.submit(() -> repository.place("Customer", List.of()).id()));
            }
            List<String> distinct = new ArrayList<>();
            for (Future<String> id : ids) {
                distinct.add(id.get(10, TimeUnit.SECONDS));
            }
            assertThat(distinct).doesNotHaveDuplicates().hasSize(100);
            assertThat(repository.list(o -> true)).hasSize(106);
        } finally {
            pool.shutdownNow();
        }
    }
}
