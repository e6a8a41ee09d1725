package com.discountworkbench.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An executor under the test's control: tasks wait in a queue until the test runs them, so tests can make
 * requests overlap the way a fast analyst and a slow computation do.
 */
public final class ManualTaskExecutor implements TaskExecutor {
    private final Deque<TaskRun<?>> queued = new ArrayDeque<>();
    private int executed;

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(task);
        queued.add(run);
        executed++;
        return run;
    }

    @Override
    public void shutdown() {
        queued.forEach(TaskRun::cancel);
    }

    /** Tasks started so far, run or not. */
    public int executedCount() {
        return executed;
    }

    public int queuedCount() {
        return queued.size();
    }

    /** Runs the oldest queued task's work and then its callbacks, as the worker and the UI thread would. */
    public void runNext() {
        TaskRun<?> run = queued.poll();
        if (run == null) {
            throw new IllegalStateException("No task is queued");
        }
        run.runWork();
        run.deliver(failure -> {
            throw new IllegalStateException("Task failed without a failure handler", failure);
        });
    }

    /** Runs queued tasks, including those they start, until none is left. */
    public void runAll() {
        while (!queued.isEmpty()) {
            runNext();
        }
    }
}
