package com.discountworkbench.ui.task;

import com.discountworkbench.task.TaskMonitor;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A piece of long work plus what to do with its outcome. The work runs on a worker thread and reports through the
 * {@link TaskMonitor} it receives; the callbacks run on the UI thread (the FX thread in the application, the calling
 * thread in tests). Cancellation is not a failure: it calls {@link #onCancelled(Runnable)} only.
 */
public final class BackgroundTask<T> {

    /** The work itself: core code that honours {@link TaskMonitor#checkCancelled()}. */
    @FunctionalInterface
    public interface Work<T> {
        T call(TaskMonitor monitor) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** @param title shown in the status bar while the work runs, already localized */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Without a failure handler the executor's default one (an error dialog) reports the failure. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    public String title() {
        return title;
    }

    Work<T> work() {
        return work;
    }

    Consumer<? super T> successHandler() {
        return onSuccess;
    }

    Optional<Consumer<Throwable>> failureHandler() {
        return Optional.ofNullable(onFailure);
    }

    Runnable cancelledHandler() {
        return onCancelled;
    }
}
