package com.discountworkbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {
    private final List<Throwable> unhandled = new CopyOnWriteArrayList<>();
    private JobStatus status;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        status = new JobStatus();
        executor = new FxTaskExecutor(status, unhandled::add, 2);
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void workRunsOffTheFxThreadAndResultsArriveOnIt() throws Exception {
        AtomicReference<Boolean> workOnFx = new AtomicReference<>();
        AtomicReference<Boolean> resultOnFx = new AtomicReference<>();
        CountDownLatch delivered = new CountDownLatch(1);

        executor.execute(BackgroundTask.of("Checking threads", monitor -> {
            workOnFx.set(Platform.isFxApplicationThread());
            return 1;
        }).onSuccess(result -> {
            resultOnFx.set(Platform.isFxApplicationThread());
            delivered.countDown();
        }));

        assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(workOnFx).hasValue(false);
        assertThat(resultOnFx).hasValue(true);
    }

    @Test
    void theStatusFollowsAJobAndCancelStopsIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        TaskHandle handle = executor.execute(BackgroundTask.of("Endless", monitor -> {
            started.countDown();
            for (long step = 0; ; step++) {
                monitor.progress(0.5, "step " + step);
                monitor.checkCancelled();
                Thread.sleep(1);
            }
        }).onCancelled(cancelled::countDown));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.progressProperty().get() == 0.5);
        assertThat(status.isBusy()).isTrue();
        assertThat(status.titleProperty().get()).isEqualTo("Endless");
        assertThat(status.messageProperty().get()).startsWith("step ");

        WaitForAsyncUtils.asyncFx(status::cancelCurrent).get();
        assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(handle.isCancelled()).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !status.isBusy());
        assertThat(unhandled).isEmpty();
    }

    @Test
    void chartPointsFromAWorkerArriveInBatchesOnTheFxThread() throws Exception {
        List<Integer> received = new CopyOnWriteArrayList<>();
        List<Boolean> onFx = new CopyOnWriteArrayList<>();
        ChartPointBuffer<Integer> buffer = ChartPointBuffer.onFxThread(batch -> {
            onFx.add(Platform.isFxApplicationThread());
            received.addAll(batch);
        });

        Thread worker = new Thread(() -> {
            for (int i = 0; i < 20_000; i++) {
                buffer.add(i);
            }
        });
        worker.start();
        worker.join();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> received.size() == 20_000);
        assertThat(onFx).doesNotContain(false).hasSizeLessThan(100);
        assertThat(received.get(19_999)).isEqualTo(19_999);
    }

    @Test
    void failuresWithoutAHandlerReachTheDefaultHandlerOnTheFxThread() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        AtomicReference<Boolean> onFx = new AtomicReference<>();
        FxTaskExecutor reporting = new FxTaskExecutor(status, failure -> {
            onFx.set(Platform.isFxApplicationThread());
            unhandled.add(failure);
            reported.countDown();
        }, 1);

        reporting.execute(BackgroundTask.of("Broken", monitor -> {
            throw new IllegalArgumentException("bad column");
        }));

        assertThat(reported.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(onFx).hasValue(true);
        assertThat(unhandled).singleElement().satisfies(failure -> assertThat(failure).hasMessage("bad column"));
        reporting.shutdown();
    }
}
