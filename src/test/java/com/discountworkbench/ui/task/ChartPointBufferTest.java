package com.discountworkbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChartPointBufferTest {
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<List<Integer>> batches = new ArrayList<>();
    private final ChartPointBuffer<Integer> buffer = new ChartPointBuffer<>(batches::add, 100, scheduler, scheduler::nanoTime);

    @Test
    void theFirstPointIsShownAtOnceAndLaterOnesWaitForTheInterval() {
        buffer.add(1);
        scheduler.advance(0);
        assertThat(batches).containsExactly(List.of(1));

        scheduler.advance(10);
        buffer.add(2);
        buffer.add(3);
        scheduler.advance(50);
        assertThat(batches).as("only 60 ms since the last flush").hasSize(1);

        scheduler.advance(40);
        assertThat(batches).containsExactly(List.of(1), List.of(2, 3));
    }

    @Test
    void aFloodOfPointsBecomesAtMostOneFlushPerInterval() {
        for (int millis = 0; millis < 1000; millis++) {
            for (int i = 0; i < 5; i++) {
                buffer.add(millis * 5 + i);
            }
            assertThat(scheduler.pendingCount()).isLessThanOrEqualTo(1);
            scheduler.advance(1);
        }
        scheduler.advance(100);

        assertThat(batches).hasSizeBetween(10, 11);
        assertThat(batches.stream().flatMap(List::stream).toList())
                .as("every point arrives once, in order").containsExactlyElementsOf(IntStream.range(0, 5000).boxed().toList());
    }

    @Test
    void nothingIsFlushedWithoutPoints() {
        scheduler.advance(1000);
        assertThat(batches).isEmpty();
        assertThat(scheduler.pendingCount()).isZero();
    }

    @Test
    void pointsFromSeveralWorkerThreadsAllArrive() throws InterruptedException {
        AtomicInteger received = new AtomicInteger();
        // A scheduler that runs flushes at once on the calling thread stands in for the FX thread.
        ChartPointBuffer<Integer> concurrent = new ChartPointBuffer<>(batch -> received.addAndGet(batch.size()), 0,
                (action, delay) -> action.run(), System::nanoTime);
        CountDownLatch done = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            new Thread(() -> {
                IntStream.range(0, 10_000).forEach(concurrent::add);
                done.countDown();
            }).start();
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        concurrent.add(-1);

        assertThat(received).hasValue(40_001);
    }
}
