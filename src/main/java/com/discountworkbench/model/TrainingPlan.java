package com.discountworkbench.model;

import com.discountworkbench.data.DataException;
import com.discountworkbench.prep.PrepSpec;

/**
 * What the analyst chose before training both models.
 *
 * @param preprocessing   per-column choices; null for the defaults derived from the training split
 * @param purchase        network of the purchase model
 * @param value           network of the value (spend) model
 * @param seed            seed of the split and of both networks (it replaces the specs' own seeds)
 * @param trainShare      share of rows the networks learn from
 * @param validationShare share used for early stopping and calibration; the rest is the test split
 */
public record TrainingPlan(PrepSpec preprocessing, NetworkSpec purchase, NetworkSpec value, long seed,
                           double trainShare, double validationShare) {
    public static final long DEFAULT_SEED = 42;

    public TrainingPlan {
        if (trainShare <= 0 || validationShare <= 0 || trainShare + validationShare >= 1) {
            throw new DataException("Training and validation shares must be positive and leave rows for the test"
                    + " split (for example 0.7 and 0.15); got " + trainShare + " and " + validationShare + ".");
        }
        purchase = purchase.withSeed(seed);
        value = value.withSeed(seed);
    }

    /** Default networks, 70 / 15 / 15 split. */
    public static TrainingPlan defaults() {
        return new TrainingPlan(null, NetworkSpec.defaults(), NetworkSpec.defaults().forValueModel(), DEFAULT_SEED,
                0.7, 0.15);
    }

    public TrainingPlan withSeed(long newSeed) {
        return new TrainingPlan(preprocessing, purchase, value, newSeed, trainShare, validationShare);
    }

    public TrainingPlan withPreprocessing(PrepSpec spec) {
        return new TrainingPlan(spec, purchase, value, seed, trainShare, validationShare);
    }

    public TrainingPlan withNetworks(NetworkSpec purchaseSpec, NetworkSpec valueSpec) {
        return new TrainingPlan(preprocessing, purchaseSpec, valueSpec, seed, trainShare, validationShare);
    }
}
