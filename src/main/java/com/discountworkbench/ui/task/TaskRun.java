package com.discountworkbench.ui.task;

import com.discountworkbench.task.CancelledException;
import com.discountworkbench.task.TaskMonitor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One execution of a {@link BackgroundTask}: the monitor its work reports to, the handle its starter holds, and
 * the outcome handed to the callbacks. Executors run {@link #runWork()} on a worker and {@link #deliver} on the UI
 * thread.
 */
final class TaskRun<T> implements TaskHandle, TaskMonitor {
    private final BackgroundTask<T> task;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile boolean done;
    private volatile Runnable progressListener = () -> { };
    private volatile double latestFraction = -1;
    private volatile String latestMessage = "";
    private T result;
    private Throwable failure;

    TaskRun(BackgroundTask<T> task) {
        this.task = task;
    }

    /** Called on the worker thread after every progress report; must be cheap. */
    void onProgress(Runnable listener) {
        this.progressListener = listener;
    }

    void runWork() {
        try {
            result = task.work().call(this);
        } catch (CancelledException e) {
            cancelled.set(true);
        } catch (InterruptedException e) {
            cancelled.set(true);
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            failure = e;
        } finally {
            done = true;
        }
    }

    /** A cancel request wins over a late result: the analyst asked not to have it applied. */
    void deliver(Consumer<Throwable> defaultFailureHandler) {
        if (cancelled.get()) {
            task.cancelledHandler().run();
        } else if (failure != null) {
            task.failureHandler().orElse(defaultFailureHandler).accept(failure);
        } else {
            task.successHandler().accept(result);
        }
    }

    @Override
    public void progress(double fraction, String message) {
        latestMessage = message == null ? "" : message;
        latestFraction = fraction;
        progressListener.run();
    }

    double latestFraction() {
        return latestFraction;
    }

    String latestMessage() {
        return latestMessage;
    }

    @Override
    public String title() {
        return task.title();
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public boolean isDone() {
        return done;
    }
}
