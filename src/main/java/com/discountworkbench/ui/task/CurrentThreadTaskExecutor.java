package com.discountworkbench.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs each task to the end inside {@link #execute}, callbacks included, on the calling thread. For view-model
 * tests: deterministic and no display needed. Failures without a handler are rethrown so a test cannot miss them.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    private final JobStatus status;
    private final Consumer<Throwable> defaultFailureHandler;
    private boolean shutDown;

    public CurrentThreadTaskExecutor() {
        this(new JobStatus(), failure -> {
            throw new IllegalStateException("Task failed without a failure handler", failure);
        });
    }

    public CurrentThreadTaskExecutor(JobStatus status, Consumer<Throwable> defaultFailureHandler) {
        this.status = Objects.requireNonNull(status, "status");
        this.defaultFailureHandler = Objects.requireNonNull(defaultFailureHandler, "defaultFailureHandler");
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        if (shutDown) {
            throw new IllegalStateException("The executor was shut down");
        }
        TaskRun<T> run = new TaskRun<>(task);
        run.onProgress(() -> status.progressed(run));
        status.started(run);
        run.runWork();
        status.finished(run);
        run.deliver(defaultFailureHandler);
        return run;
    }

    @Override
    public void shutdown() {
        shutDown = true;
    }
}
