package com.discountworkbench.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Holds tasks until the test runs them, callbacks included, one at a time: for tests of what happens while work is
 * still in progress. Failures without a handler fail the test.
 */
public final class DeferredTaskExecutor implements TaskExecutor {
    private final Deque<TaskRun<?>> pending = new ArrayDeque<>();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(task);
        pending.add(run);
        return run;
    }

    public int pending() {
        return pending.size();
    }

    /** Runs the oldest waiting task and delivers its outcome. */
    public void runNext() {
        TaskRun<?> run = pending.poll();
        if (run == null) {
            throw new IllegalStateException("No task is waiting");
        }
        run.runWork();
        run.deliver(failure -> {
            throw new AssertionError("Task failed without a failure handler", failure);
        });
    }

    public void runAll() {
        while (!pending.isEmpty()) {
            runNext();
        }
    }

    @Override
    public void shutdown() {
        pending.clear();
    }
}
