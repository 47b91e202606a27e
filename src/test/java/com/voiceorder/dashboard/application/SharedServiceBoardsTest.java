package com.voiceorder.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedServiceBoardsTest {

    private final ExecutorService screens = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        screens.shutdownNow();
    }

    /** A source that counts reads and can hold them until released. */
    private static final class CountingSource implements ServiceBoardSource {
        final AtomicInteger reads = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean hold;
        volatile boolean fail;

        @Override
        public ServiceBoard today(long restaurantId) {
            reads.incrementAndGet();
            if (hold) {
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (fail) {
                throw new IllegalStateException("database down");
            }
            return ServiceBoard.of(new ServiceBoard.Inputs(LocalDate.of(2026, 12, 3), ZoneId.of("Europe/Paris"),
                    Instant.parse("2026-12-03T11:00:00Z"), List.of(), List.of(), List.of(), Map.of(), Map.of()));
        }
    }

    @Test
    void screens_refreshed_by_the_same_update_share_one_read() throws Exception {
        CountingSource source = new CountingSource();
        source.hold = true;
        SharedServiceBoards boards = new SharedServiceBoards(source);
        long published = System.nanoTime();

        List<Future<ServiceBoard>> refreshed = new java.util.ArrayList<>();
        for (int screen = 0; screen < 8; screen++) {
            refreshed.add(screens.submit(() -> boards.today(7, published)));
        }
        await().until(() -> ((ThreadPoolExecutor) screens).getActiveCount() == 8); // all eight screens asking
        source.release.countDown();
        ServiceBoard first = refreshed.get(0).get(5, TimeUnit.SECONDS);
        for (Future<ServiceBoard> board : refreshed) {
            assertThat(board.get(5, TimeUnit.SECONDS)).isSameAs(first);
        }
        assertThat(source.reads).hasValue(1);
    }

    @Test
    void a_later_update_is_never_answered_with_an_earlier_read() {
        CountingSource source = new CountingSource();
        SharedServiceBoards boards = new SharedServiceBoards(source);

        ServiceBoard before = boards.today(7, System.nanoTime());
        ServiceBoard sameUpdate = boards.today(7, System.nanoTime() - TimeUnit.SECONDS.toNanos(1));
        ServiceBoard after = boards.today(7, System.nanoTime());

        assertThat(sameUpdate).isSameAs(before);
        assertThat(after).isNotSameAs(before);
        assertThat(source.reads).hasValue(2);
    }

    @Test
    void a_failed_read_is_not_kept() {
        CountingSource source = new CountingSource();
        SharedServiceBoards boards = new SharedServiceBoards(source);
        long published = System.nanoTime();
        source.fail = true;
        assertThatThrownBy(() -> boards.today(7, published)).hasMessageContaining("database down");

        source.fail = false;
        assertThat(boards.today(7, published)).isNotNull();
        assertThat(source.reads).hasValue(2);
    }

    @Test
    void restaurants_do_not_share_boards() {
        CountingSource source = new CountingSource();
        SharedServiceBoards boards = new SharedServiceBoards(source);
        long published = System.nanoTime();
        boards.today(7, published);
        boards.today(8, published);
        assertThat(source.reads).hasValue(2);
    }
}
