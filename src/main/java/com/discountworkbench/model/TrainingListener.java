package com.discountworkbench.model;

/**
 * Live training progress for charts and logs. Called on the training thread: implementations hand work to their
 * own thread (the UI) and return quickly. Every method has a no-op default.
 */
public interface TrainingListener {

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };

    /** The loss of one update, sampled (about 20 per epoch) so charts stay light. Both numbers are 1-based. */
    default void onIteration(int epoch, int iteration, double loss) {
    }

    default void onEpoch(EpochMetrics metrics) {
    }

    /** A sentence for the log: early stopping, divergence, restored weights. */
    default void onMessage(String message) {
    }
}
