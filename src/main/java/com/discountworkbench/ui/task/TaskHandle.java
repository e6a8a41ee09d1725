package com.discountworkbench.ui.task;

/** A started {@link BackgroundTask}: lets the screen that started it stop it or ask whether it is still running. */
public interface TaskHandle {

    String title();

    /** Asks the work to stop; it stops at its next {@code checkCancelled()} and then reports cancelled, not success. */
    void cancel();

    boolean isCancelled();

    /** True once the work has returned, failed or stopped (its callbacks may still be queued for the UI thread). */
    boolean isDone();
}
