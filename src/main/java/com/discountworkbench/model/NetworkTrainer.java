package com.discountworkbench.model;

import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.task.TaskMonitor;

/** The training engine: turns a {@link NetworkSpec} and data into a {@link TrainedNetwork}, and reads saved ones. */
public interface NetworkTrainer {

    /**
     * Trains a network. Returns normally on cancellation ({@link TrainingResult.StopReason#CANCELLED}) and on
     * divergence, keeping the best network so far.
     *
     * @param train             training features
     * @param targets           one target per training row: 0/1 for the purchase model, spend for the value model
     * @param weightsOrNull     optional per-row weights (multiplied with class weights when those are chosen)
     * @param validation        validation features for early stopping, best-epoch selection and calibration; or null
     * @param validationTargets targets of the validation rows; null exactly when {@code validation} is null
     * @throws com.discountworkbench.data.DataException when the data cannot be trained on (missing values,
     *         mismatched sizes, non-binary purchase targets, negative spend with a log target)
     */
    TrainingResult train(FeatureMatrix train, float[] targets, float[] weightsOrNull, FeatureMatrix validation,
            float[] validationTargets, NetworkSpec spec, TrainingListener listener, TaskMonitor monitor);

    /**
     * Reads a network written by {@link TrainedNetwork#toBytes()}.
     *
     * @throws com.discountworkbench.data.DataException when the bytes are damaged or not a network
     */
    TrainedNetwork fromBytes(byte[] bytes);
}
