package com.discountworkbench.ui.task;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's executor: work runs on a small pool of daemon worker threads; progress (throttled), results
 * and failures arrive on the FX thread, and the {@link JobStatus} of the status bar follows every job. Two
 * workers let a quick job (a simulation) run while a long one (training) is busy.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    /** Long enough for any job that honours cancellation (a training update, a block of rows). */
    private static final long SHUTDOWN_WAIT_SECONDS = 5;

    private final JobStatus status;
    private final Consumer<Throwable> defaultFailureHandler;
    private final ExecutorService workers;
    private final Set<TaskRun<?>> active = ConcurrentHashMap.newKeySet();

    /**
     * @param defaultFailureHandler reports failures of tasks without their own handler, on the FX thread
     */
    public FxTaskExecutor(JobStatus status, Consumer<Throwable> defaultFailureHandler, int threads) {
        this.status = Objects.requireNonNull(status, "status");
        this.defaultFailureHandler = Objects.requireNonNull(defaultFailureHandler, "defaultFailureHandler");
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "workbench-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            // Below the FX thread so the window stays responsive while the cores are busy.
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(task);
        FxThrottle progress = FxThrottle.onFxThread(() -> status.progressed(run), FxThrottle.DEFAULT_INTERVAL_MILLIS);
        run.onProgress(progress::request);
        active.add(run);
        onFxThread(() -> status.started(run));
        workers.execute(() -> {
            run.runWork();
            active.remove(run);
            Platform.runLater(() -> {
                status.finished(run);
                run.deliver(defaultFailureHandler);
            });
        });
        return run;
    }

    /**
     * Cancels every job and waits briefly for them to stop, so a training run ends at its next update instead of
     * being cut off inside native code when the application exits.
     */
    @Override
    public void shutdown() {
        active.forEach(TaskRun::cancel);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Background jobs still running {} s after they were cancelled", SHUTDOWN_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
