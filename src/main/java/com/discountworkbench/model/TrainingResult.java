package com.discountworkbench.model;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of training.
 *
 * @param network    the trained network, with the weights of the best validation epoch when a validation split was
 *                   given; empty only when training diverged before any epoch finished
 * @param history    one entry per finished epoch
 * @param stopReason why training ended
 * @param message    a sentence for the analyst (for a divergence: what to change)
 * @param bestEpoch  the epoch whose weights were kept (1-based; 0 when no epoch finished)
 */
public record TrainingResult(Optional<TrainedNetwork> network, List<EpochMetrics> history, StopReason stopReason,
        String message, int bestEpoch) {

    public TrainingResult {
        history = List.copyOf(history);
    }

    /** Why training ended. */
    public enum StopReason {
        /** All planned epochs ran. */
        COMPLETED,
        /** The validation loss stopped improving for {@link NetworkSpec#patience()} epochs. */
        EARLY_STOPPED,
        /** The analyst cancelled; the best network so far is kept. */
        CANCELLED,
        /** The loss became NaN/infinite or the weights exploded; the best network so far (if any) is kept. */
        DIVERGED
    }
}
