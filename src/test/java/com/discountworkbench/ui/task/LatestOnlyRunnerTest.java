package com.discountworkbench.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestOnlyRunnerTest {
    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final List<String> results = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final LatestOnlyRunner<String> runner = new LatestOnlyRunner<>(executor, results::add, failures::add);

    @Test
    void aBurstOfRequestsRunsTheFirstAndTheLatestAndDeliversOnlyTheLatest() {
        runner.submit("run", monitor -> "a");
        runner.submit("run", monitor -> "b");
        runner.submit("run", monitor -> "c");
        assertThat(executor.executedCount()).as("b and c wait while a runs").isEqualTo(1);
        assertThat(runner.workingProperty().get()).isTrue();

        executor.runNext();
        assertThat(results).as("a was cancelled and its result dropped").isEmpty();
        assertThat(executor.executedCount()).as("c starts, b never does").isEqualTo(2);

        executor.runNext();
        assertThat(results).containsExactly("c");
        assertThat(runner.workingProperty().get()).isFalse();
        assertThat(executor.queuedCount()).isZero();
    }

    @Test
    void aStaleResultThatIgnoredCancellationIsDropped() {
        // Work that never checks for cancellation still finishes: its result must not overwrite a newer one.
        runner.submit("run", monitor -> "old");
        runner.submit("run", monitor -> "new");
        executor.runAll();
        assertThat(results).containsExactly("new");
    }

    @Test
    void onlyTheLatestFailureIsReported() {
        runner.submit("run", monitor -> {
            throw new IllegalStateException("stale");
        });
        runner.submit("run", monitor -> {
            throw new IllegalStateException("latest");
        });
        executor.runAll();
        assertThat(failures).extracting(Throwable::getMessage).containsExactly("latest");
        assertThat(results).isEmpty();
    }

    @Test
    void cancelForgetsEveryRequest() {
        runner.submit("run", monitor -> "a");
        runner.submit("run", monitor -> "b");
        runner.cancel();
        executor.runAll();
        assertThat(results).isEmpty();
        assertThat(runner.workingProperty().get()).isFalse();
    }

    @Test
    void withASynchronousExecutorEveryRequestIsDelivered() {
        LatestOnlyRunner<Integer> direct = new LatestOnlyRunner<>(new CurrentThreadTaskExecutor(),
                value -> results.add("v" + value), failures::add);
        direct.submit("run", monitor -> 1);
        direct.submit("run", monitor -> 2);
        assertThat(results).containsExactly("v1", "v2");
    }
}
