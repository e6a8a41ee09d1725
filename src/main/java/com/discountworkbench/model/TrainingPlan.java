package com.discountworkbench.model;

import com.discountworkbench.data.DataException;
import com.discountworkbench.json.Json;
import com.discountworkbench.prep.PrepSpec;

/**
 * What the analyst chose before training both models.
 *
 * Saved as JSON ({@code train --config}); a hand-written file may leave out any part.
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
    static final double DEFAULT_TRAIN_SHARE = 0.7;
    static final double DEFAULT_VALIDATION_SHARE = 0.15;

    /** Missing parts of a hand-written plan (null specs, zero shares) take the defaults. */
    public TrainingPlan {
        purchase = purchase != null ? purchase : NetworkSpec.defaults();
        value = value != null ? value : purchase.forValueModel();
        trainShare = trainShare != 0 ? trainShare : DEFAULT_TRAIN_SHARE;
        validationShare = validationShare != 0 ? validationShare : DEFAULT_VALIDATION_SHARE;
        if (trainShare <= 0 || validationShare <= 0 || trainShare + validationShare >= 1) {
            throw new DataException("Training and validation shares must be positive and leave rows for the test"
                    + " split (for example 0.7 and 0.15); got " + trainShare + " and " + validationShare + ".");
        }
        purchase = purchase.withSeed(seed);
        value = value.withSeed(seed);
    }

    /** Default networks, 70 / 15 / 15 split. */
    public static TrainingPlan defaults() {
        return new TrainingPlan(null, null, null, DEFAULT_SEED, 0, 0);
    }

    public TrainingPlan withSeed(long newSeed) {
        return new TrainingPlan(preprocessing, purchase, value, newSeed, trainShare, validationShare);
    }

    public TrainingPlan withPreprocessing(PrepSpec spec) {
        return new TrainingPlan(spec, purchase, value, seed, trainShare, validationShare);
    }

    public static TrainingPlan fromJson(String json) {
        return Json.read(json, TrainingPlan.class, "training configuration");
    }

    public String toJson() {
        return Json.write(this);
    }

    public TrainingPlan withNetworks(NetworkSpec purchaseSpec, NetworkSpec valueSpec) {
        return new TrainingPlan(preprocessing, purchaseSpec, valueSpec, seed, trainShare, validationShare);
    }
}
