/**
 * The purchase and spend networks as plain data and interfaces: the {@link com.discountworkbench.model.NetworkSpec}
 * the analyst edits, the {@link com.discountworkbench.model.NetworkTrainer} that trains it, the
 * {@link com.discountworkbench.model.TrainedNetwork} it returns, live
 * {@link com.discountworkbench.model.TrainingListener} progress and the output
 * {@link com.discountworkbench.model.Calibration}. No DeepLearning4J here: the engine lives in {@code model.dl4j}.
 */
package com.discountworkbench.model;
