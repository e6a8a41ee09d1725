package com.discountworkbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CurrentThreadTaskExecutorTest {
    private final List<Throwable> unhandled = new ArrayList<>();
    private final JobStatus status = new JobStatus();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(status, unhandled::add);

    @Test
    void deliversTheResultToTheSuccessHandler() {
        AtomicReference<Integer> result = new AtomicReference<>();

        TaskHandle handle = executor.execute(BackgroundTask.of("Counting", monitor -> 6 * 7).onSuccess(result::set));

        assertThat(result).hasValue(42);
        assertThat(handle.isDone()).isTrue();
        assertThat(handle.isCancelled()).isFalse();
        assertThat(handle.title()).isEqualTo("Counting");
        assertThat(status.isBusy()).isFalse();
    }

    @Test
    void failuresGoToTheTasksHandlerOrElseTheDefault() {
        List<Throwable> handled = new ArrayList<>();
        IOException broken = new IOException("disk full");

        executor.execute(BackgroundTask.of("Saving", monitor -> {
            throw broken;
        }).onFailure(handled::add).onSuccess(value -> handled.add(new AssertionError("no success expected"))));
        executor.execute(BackgroundTask.of("Saving again", monitor -> {
            throw broken;
        }));

        assertThat(handled).containsExactly(broken);
        assertThat(unhandled).containsExactly(broken);
    }

    @Test
    void cancellingStopsTheWorkAndReportsCancelledNotFailure() {
        List<String> events = new ArrayList<>();

        executor.execute(BackgroundTask.of("Training", monitor -> {
            for (int epoch = 0; epoch < 100; epoch++) {
                monitor.checkCancelled();
                events.add("epoch " + epoch);
                if (epoch == 2) {
                    status.cancelCurrent();
                }
            }
            return "model";
        }).onSuccess(model -> events.add("success")).onFailure(failure -> events.add("failure"))
                .onCancelled(() -> events.add("cancelled")));

        assertThat(events).containsExactly("epoch 0", "epoch 1", "epoch 2", "cancelled");
        assertThat(unhandled).isEmpty();
    }

    @Test
    void aResultArrivingAfterCancelIsNotApplied() {
        List<String> events = new ArrayList<>();

        TaskHandle handle = executor.execute(BackgroundTask.of("Scoring", monitor -> {
            status.cancelCurrent();
            return "late result";
        }).onSuccess(events::add).onCancelled(() -> events.add("cancelled")));

        assertThat(events).containsExactly("cancelled");
        assertThat(handle.isCancelled()).isTrue();
    }

    @Test
    void unhandledFailuresFailTheTestByDefault() {
        CurrentThreadTaskExecutor strict = new CurrentThreadTaskExecutor();
        assertThatThrownBy(() -> strict.execute(BackgroundTask.of("Broken", monitor -> {
            throw new IllegalStateException("bug");
        }))).hasRootCauseMessage("bug");

        strict.shutdown();
        assertThatThrownBy(() -> strict.execute(BackgroundTask.of("Late", monitor -> 1)))
                .isInstanceOf(IllegalStateException.class);
    }
}
