package com.discountworkbench.ui.train;

import com.discountworkbench.model.EpochMetrics;
import com.discountworkbench.model.ModelKind;

/**
 * What the training thread reports, queued in order and applied on the UI thread in batches. Chart positions are
 * training steps (batches) counted from the model's first update, computed on the training thread.
 */
sealed interface TrainingEvent {

    /** A model starts training. */
    record ModelStarted(ModelKind model, long parameters, long nanoTime) implements TrainingEvent {
    }

    /** A sampled training loss. */
    record Update(ModelKind model, long step, double loss) implements TrainingEvent {
    }

    /** A finished epoch, at the step where it ended. */
    record EpochEnd(ModelKind model, long step, EpochMetrics metrics) implements TrainingEvent {
    }

    /** A sentence from the engine for the log (early stopping, the kept epoch, divergence). */
    record Message(String text) implements TrainingEvent {
    }

    /** Progress of the running model (0..1) or a stage of unknown length (negative), described for the analyst. */
    record Progress(double fraction, String text, long nanoTime) implements TrainingEvent {
    }
}
