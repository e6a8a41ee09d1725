package com.discountworkbench.ui.train;

import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.NetworkTrainer;
import com.discountworkbench.model.TrainedNetwork;
import com.discountworkbench.model.TrainingListener;
import com.discountworkbench.model.TrainingResult;
import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.task.TaskMonitor;
import java.util.List;
import java.util.Optional;

/**
 * The training engine with the screen's Pause and Stop: each network trains under {@link TrainingControl}'s monitor,
 * while the rest of the job (preprocessing, evaluation) keeps the job's own monitor and so runs to the end after Stop.
 */
final class ControlledTrainer implements NetworkTrainer {
    private final NetworkTrainer engine;
    private final TrainingControl control;
    private final TaskMonitor status;

    /** @param status the job's own monitor, where a pause is announced */
    ControlledTrainer(NetworkTrainer engine, TrainingControl control, TaskMonitor status) {
        this.engine = engine;
        this.control = control;
        this.status = status;
    }

    @Override
    public TrainingResult train(FeatureMatrix train, float[] targets, float[] weightsOrNull, FeatureMatrix validation,
            float[] validationTargets, NetworkSpec spec, TrainingListener listener, TaskMonitor monitor) {
        if (control.isStopRequested()) {
            // A network that never trained would be random weights; without one the trainer falls back (value
            // model: mean spend) or reports that there is no model (purchase model).
            return new TrainingResult(Optional.empty(), List.of(), TrainingResult.StopReason.CANCELLED,
                    "Stopped before this model started training.", 0);
        }
        return engine.train(train, targets, weightsOrNull, validation, validationTargets, spec, listener,
                control.engineMonitor(monitor, status));
    }

    @Override
    public TrainedNetwork fromBytes(byte[] bytes) {
        return engine.fromBytes(bytes);
    }
}
