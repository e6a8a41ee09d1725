package com.discountworkbench.ui.task;

/**
 * Runs {@link BackgroundTask}s off the UI thread. View models take this interface; the application passes an
 * {@link FxTaskExecutor}, tests a {@link CurrentThreadTaskExecutor} so they run deterministically without a display.
 */
public interface TaskExecutor {

    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Cancels every running task and stops accepting new ones. */
    void shutdown();
}
