package com.discountworkbench.task;

/**
 * How long-running core work (loading, training, scoring) reports progress and learns it was cancelled.
 * Core code calls {@link #checkCancelled()} between units of work; the UI and the CLI supply implementations.
 */
public interface TaskMonitor {

    /** A monitor that reports nowhere and is never cancelled. */
    TaskMonitor NONE = new TaskMonitor() {
        @Override public void progress(double fraction, String message) { }

        @Override public boolean isCancelled() { return false; }
    };

    /** @param fraction 0..1, or a negative number when the amount of work is unknown */
    void progress(double fraction, String message);

    boolean isCancelled();

    /**
     * This monitor's cancellation without its progress: for work nested in a task that reports progress of its
     * own (the chunks of a file read in parts, whose progress is the share of the file read).
     */
    default TaskMonitor cancellationOnly() {
        TaskMonitor outer = this;
        return new TaskMonitor() {
            @Override public void progress(double fraction, String message) { }

            @Override public boolean isCancelled() { return outer.isCancelled(); }
        };
    }

    /** Throws {@link CancelledException} when the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
