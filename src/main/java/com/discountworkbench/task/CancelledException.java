package com.discountworkbench.task;

/** Thrown out of core work when its {@link TaskMonitor} was cancelled; not an error for the user. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("Cancelled", null, false, false);
    }
}
