package com.discountworkbench.model;

import com.discountworkbench.model.eval.CalibrationTable;
import com.discountworkbench.model.eval.ClassifierMetrics;
import com.discountworkbench.model.eval.ConfusionMatrix;
import com.discountworkbench.model.eval.LiftTable;
import com.discountworkbench.model.eval.PermutationImportance.FeatureImportance;
import com.discountworkbench.model.eval.QiniCurve;
import com.discountworkbench.model.eval.RegressionMetrics;
import com.discountworkbench.model.eval.RocCurve;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well the models do on rows they did not learn from, and how training went.
 *
 * @param purchase      purchase-model quality
 * @param value         value-model quality on the buyers; null without a value model
 * @param uplift        per non-baseline treatment level: Qini curve of that level against the baseline
 *                      (meaningful when the treatment was randomized)
 * @param training      per model: the epochs and why training stopped; empty for a report made by evaluate
 */
public record ModelReport(PurchaseQuality purchase, ValueQuality value, Map<String, QiniCurve> uplift,
                          Map<ModelKind, TrainingSummary> training) {

    public ModelReport {
        uplift = Collections.unmodifiableMap(new LinkedHashMap<>(uplift));
        training = Map.copyOf(training);
    }

    public ModelReport withTraining(Map<ModelKind, TrainingSummary> summaries) {
        return new ModelReport(purchase, value, uplift, summaries);
    }

    /** Purchase model on labeled rows. */
    public record PurchaseQuality(ClassifierMetrics metrics, RocCurve roc, CalibrationTable calibration,
                                  LiftTable lift, ConfusionMatrix confusion, List<FeatureImportance> importance) {
    }

    /** Value model on the buyers among labeled rows. */
    public record ValueQuality(RegressionMetrics metrics, List<FeatureImportance> importance) {
    }

    /** One model's training run. */
    public record TrainingSummary(List<EpochMetrics> epochs, TrainingResult.StopReason stopReason, String message,
                                  int bestEpoch, long parameters) {
    }
}
