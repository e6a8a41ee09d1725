package com.discountworkbench.ui.task;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Recomputes something on every change without piling up work: at most one request runs at a time; a request made
 * while one runs replaces any waiting one and cancels the running one, whose result is then dropped. So a burst of
 * slider moves costs one or two runs, and only the result of the latest request ever reaches {@code onResult}.
 * Use from the UI thread only.
 *
 * @param <T> what a run produces
 */
public final class LatestOnlyRunner<T> {
    private final TaskExecutor executor;
    private final Consumer<? super T> onResult;
    private final Consumer<Throwable> onFailure;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private long latest;
    private Request<T> running;
    private Request<T> waiting;

    private static final class Request<T> {
        final long generation;
        final String title;
        final BackgroundTask.Work<T> work;
        TaskHandle handle;

        Request(long generation, String title, BackgroundTask.Work<T> work) {
            this.generation = generation;
            this.title = title;
            this.work = work;
        }
    }

    /**
     * @param onResult  receives the latest request's result on the UI thread
     * @param onFailure receives the latest request's failure on the UI thread (failures of replaced requests are
     *                  dropped like their results)
     */
    public LatestOnlyRunner(TaskExecutor executor, Consumer<? super T> onResult, Consumer<Throwable> onFailure) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.onResult = Objects.requireNonNull(onResult, "onResult");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    /** @param title shown in the status bar while the work runs, already localized */
    public void submit(String title, BackgroundTask.Work<T> work) {
        Request<T> request = new Request<>(++latest, title, work);
        working.set(true);
        if (running == null) {
            start(request);
        } else {
            waiting = request;
            cancel(running);
        }
    }

    /** Forgets every request: the waiting one never runs, the running one is cancelled and its result dropped. */
    public void cancel() {
        latest++;
        waiting = null;
        if (running != null) {
            cancel(running);
        }
        working.set(false);
    }

    /** True from a request until its result (or failure) has been delivered. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    private void start(Request<T> request) {
        running = request;
        TaskHandle handle = executor.execute(BackgroundTask.of(request.title, request.work)
                .onSuccess(result -> finish(request, () -> onResult.accept(result)))
                .onFailure(failure -> finish(request, () -> onFailure.accept(failure)))
                .onCancelled(() -> finish(request, () -> { })));
        request.handle = handle;
        if (running == request && waiting != null) {
            // A request arrived before execute() returned: cancel now that there is a handle.
            handle.cancel();
        }
    }

    private void finish(Request<T> request, Runnable delivery) {
        running = null;
        if (request.generation == latest) {
            working.set(false);
            delivery.run();
        }
        Request<T> next = waiting;
        waiting = null;
        if (next != null) {
            start(next);
        }
    }

    private static void cancel(Request<?> request) {
        if (request.handle != null) {
            request.handle.cancel();
        }
    }
}
