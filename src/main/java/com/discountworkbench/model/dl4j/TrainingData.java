package com.discountworkbench.model.dl4j;

import com.discountworkbench.data.DataException;
import com.discountworkbench.model.ClassBalance;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.OutputHead;
import com.discountworkbench.prep.FeatureMatrix;

/**
 * Checked training inputs, with targets as the network learns them ({@link TargetScale}) and the row weights the
 * loss uses. Problems the analyst can fix become {@link DataException}s.
 *
 * @param targetScale          how data targets map to what the network learns
 * @param trainTargets         training targets in the data's units
 * @param fitTargets           training targets as the network sees them
 * @param rowWeights           per-row loss weights, or null when every row weighs 1
 * @param validationTargets    validation targets in the data's units (null without validation)
 * @param validationFitTargets validation targets as the network sees them (null without validation)
 * @param validationWeights    class weights of the validation rows (null when unweighted or without validation)
 */
record TrainingData(TargetScale targetScale, FeatureMatrix train, float[] trainTargets, float[] fitTargets,
        float[] rowWeights, FeatureMatrix validation, float[] validationTargets, float[] validationFitTargets,
        float[] validationWeights) {

    static TrainingData prepare(FeatureMatrix train, float[] targets, float[] weightsOrNull, FeatureMatrix validation,
            float[] validationTargets, NetworkSpec spec) {
        requireRows(train, targets, "training");
        requireFinite(train, "training");
        checkTargets(targets, spec, "training");
        if (weightsOrNull != null) {
            checkWeights(weightsOrNull, train.rows());
        }
        if ((validation == null) != (validationTargets == null)) {
            throw new IllegalArgumentException("Validation features and targets must be given together");
        }
        if (validation != null) {
            if (!validation.names().equals(train.names())) {
                throw new DataException("The validation rows have different features than the training rows ("
                        + validation.columns() + " vs " + train.columns() + " columns). Prepare both with the same "
                        + "fitted preprocessing.");
            }
            requireRows(validation, validationTargets, "validation");
            requireFinite(validation, "validation");
            checkTargets(validationTargets, spec, "validation");
        }
        float[] classWeights = spec.classBalance() == ClassBalance.NONE ? null : classWeights(targets);
        float[] rowWeights = spec.classBalance() == ClassBalance.CLASS_WEIGHTS
                ? combine(weightsOrNull, targets, classWeights) : weightsOrNull;
        float[] validationWeights = validation == null || classWeights == null ? null
                : combine(null, validationTargets, classWeights);
        TargetScale scale = TargetScale.fit(targets, spec);
        return new TrainingData(scale, train, targets, scale.standardize(targets), rowWeights, validation,
                validationTargets, validation == null ? null : scale.standardize(validationTargets), validationWeights);
    }

    boolean hasValidation() {
        return validation != null;
    }

    /**
     * The network's starting output before the sigmoid: log-odds of the rate it will see (0.5 when balanced), so
     * rare buyers are predicted rare from the first update. Value targets are standardized, so 0.
     */
    double initialOutputBias(NetworkSpec spec) {
        if (spec.head() != OutputHead.PROBABILITY || spec.classBalance() != ClassBalance.NONE) {
            return 0;
        }
        double buyers = 0;
        for (float target : trainTargets) {
            buyers += target;
        }
        double rate = buyers / trainTargets.length;
        return Math.log(rate / (1 - rate));
    }

    /** {non-buyer weight, buyer weight}: each class weighs half of the rows in total. */
    static float[] classWeights(float[] labels) {
        long buyers = 0;
        for (float label : labels) {
            buyers += label > 0.5f ? 1 : 0;
        }
        long nonBuyers = labels.length - buyers;
        return new float[] {(float) (labels.length / (2.0 * nonBuyers)), (float) (labels.length / (2.0 * buyers))};
    }

    private static float[] combine(float[] weightsOrNull, float[] labels, float[] classWeights) {
        float[] combined = new float[labels.length];
        for (int i = 0; i < labels.length; i++) {
            float base = weightsOrNull == null ? 1f : weightsOrNull[i];
            combined[i] = base * classWeights[labels[i] > 0.5f ? 1 : 0];
        }
        return combined;
    }

    private static void requireRows(FeatureMatrix features, float[] targets, String split) {
        if (features.rows() == 0) {
            throw new DataException("There are no " + split + " rows to train on.");
        }
        if (features.columns() == 0) {
            throw new DataException("There are no feature columns: give at least one column the role FEATURE.");
        }
        if (targets.length != features.rows()) {
            throw new IllegalArgumentException(targets.length + " " + split + " targets for " + features.rows()
                    + " rows");
        }
    }

    private static void requireFinite(FeatureMatrix features, String split) {
        float[] values = features.values();
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                String column = features.names().get(i % features.columns());
                throw new DataException("Feature '" + column + "' is missing or infinite in " + split + " row "
                        + (i / features.columns() + 1) + ". Choose a missing-value treatment for that column.");
            }
        }
    }

    private static void checkTargets(float[] targets, NetworkSpec spec, String split) {
        boolean purchase = spec.head() == OutputHead.PROBABILITY;
        long buyers = 0;
        for (int i = 0; i < targets.length; i++) {
            float target = targets[i];
            if (!Float.isFinite(target)) {
                throw new DataException("The target is missing in " + split + " row " + (i + 1)
                        + ". Drop rows without a label before training.");
            }
            if (purchase && target != 0f && target != 1f) {
                throw new DataException("The purchase label must be 0 or 1, but " + split + " row " + (i + 1)
                        + " has " + target + ". Choose a yes/no column as the label.");
            }
            if (spec.logTarget() && target < 0) {
                throw new DataException("A log target needs spend of 0 or more, but " + split + " row " + (i + 1)
                        + " has " + target + ". Turn off the log target or check the value column.");
            }
            buyers += target == 1f ? 1 : 0;
        }
        if (purchase && split.equals("training") && (buyers == 0 || buyers == targets.length)) {
            throw new DataException("The training rows contain " + (buyers == 0 ? "no buyers" : "only buyers")
                    + ": the purchase model needs both outcomes. Check the label column.");
        }
    }

    private static void checkWeights(float[] weights, int rows) {
        if (weights.length != rows) {
            throw new IllegalArgumentException(weights.length + " weights for " + rows + " rows");
        }
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || !Float.isFinite(weights[i])) {
                throw new DataException("Row weights must be finite and 0 or more; row " + (i + 1) + " has "
                        + weights[i] + ".");
            }
            total += weights[i];
        }
        if (total == 0) {
            throw new DataException("All row weights are 0: nothing to learn from.");
        }
    }
}
