package com.discountworkbench.model;

import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.ModelReport.PurchaseQuality;
import com.discountworkbench.model.ModelReport.ValueQuality;
import com.discountworkbench.model.eval.CalibrationTable;
import com.discountworkbench.model.eval.ClassifierMetrics;
import com.discountworkbench.model.eval.ConfusionMatrix;
import com.discountworkbench.model.eval.LiftTable;
import com.discountworkbench.model.eval.PermutationImportance;
import com.discountworkbench.model.eval.PermutationImportance.FeatureImportance;
import com.discountworkbench.model.eval.QiniCurve;
import com.discountworkbench.model.eval.RegressionMetrics;
import com.discountworkbench.model.eval.RocCurve;
import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Measures both models on labeled rows they did not learn from (the test split, or a new labeled file). */
public final class ModelEvaluator {
    /** Permutation importance shuffles at most this many rows, so it stays a few seconds on large files. */
    private static final int IMPORTANCE_ROWS = 20_000;
    private static final int IMPORTANCE_REPEATS = 3;
    /** ROC curves keep about this many points: plenty for a chart, small in the model file. */
    private static final int ROC_POINTS = 200;

    private ModelEvaluator() {
    }

    /**
     * @param threshold purchase probability at or above which the confusion matrix counts a predicted buyer
     */
    public static ModelReport evaluate(DiscountModel model, Dataset labeled, double threshold, long seed,
                                       TaskMonitor monitor) {
        return evaluate(model, labeled, threshold, seed, true, monitor);
    }

    /**
     * @param importance whether to compute permutation importance, the slow part that can be cancelled; without
     *                   it the importance lists are empty and the monitor is never asked about cancellation
     */
    public static ModelReport evaluate(DiscountModel model, Dataset labeled, double threshold, long seed,
                                       boolean importance, TaskMonitor monitor) {
        FittedPreprocessor prep = model.preprocessing();
        FeatureMatrix features = prep.features(labeled);
        float[] labels = prep.labels(labeled);
        monitor.progress(-1, "Scoring the evaluation rows");
        float[] probabilities = model.purchaseProbability(features);
        List<FeatureImportance> purchaseImportance = List.of();
        if (importance) {
            int[] sample = sample(features.rows(), seed);
            purchaseImportance = PermutationImportance.compute(features.select(sample), pick(labels, sample),
                    model::purchaseProbability, PermutationImportance.Metric.AUC, IMPORTANCE_REPEATS, seed, monitor);
        }
        PurchaseQuality purchase = new PurchaseQuality(ClassifierMetrics.of(probabilities, labels),
                thin(RocCurve.of(probabilities, labels)), CalibrationTable.of(probabilities, labels),
                LiftTable.of(probabilities, labels), ConfusionMatrix.at(probabilities, labels, threshold),
                purchaseImportance);
        return new ModelReport(purchase, valueQuality(model, labeled, features, labels, seed, importance, monitor),
                uplift(model, labeled, labels), Map.of());
    }

    private static ValueQuality valueQuality(DiscountModel model, Dataset labeled, FeatureMatrix features,
                                             float[] labels, long seed, boolean importance, TaskMonitor monitor) {
        FittedPreprocessor prep = model.preprocessing();
        if (model.value().isEmpty() || prep.valueColumn() == null || labeled.find(prep.valueColumn()).isEmpty()) {
            return null;
        }
        int[] buyers = buyers(labels);
        if (buyers.length < 2) {
            return null;
        }
        float[] spend = pick(prep.values(labeled), buyers);
        FeatureMatrix buyerFeatures = features.select(buyers);
        List<FeatureImportance> valueImportance = List.of();
        if (importance) {
            int[] sample = sample(buyers.length, seed);
            valueImportance = PermutationImportance.compute(buyerFeatures.select(sample), pick(spend, sample),
                    model::expectedSpend, PermutationImportance.Metric.RMSE, IMPORTANCE_REPEATS, seed, monitor);
        }
        return new ValueQuality(RegressionMetrics.of(model.expectedSpend(buyerFeatures), spend), valueImportance);
    }

    /**
     * Each non-baseline level against the baseline, on the rows that got one of the two: the predicted uplift
     * is P(buy | level) − P(buy | baseline) for the same customer.
     */
    private static Map<String, QiniCurve> uplift(DiscountModel model, Dataset labeled, float[] labels) {
        FittedPreprocessor prep = model.preprocessing();
        if (!prep.hasTreatment() || labeled.find(prep.treatment().column()).isEmpty()) {
            return Map.of();
        }
        List<TreatmentLevel> levels = prep.treatmentLevels();
        TreatmentLevel baseline = prep.noTreatmentLevel();
        int baselineIndex = levels.indexOf(baseline);
        int[] observed = prep.observedLevels(labeled, levels);
        float[] baselineProbability = model.purchaseProbability(prep.features(labeled, baseline));
        Map<String, QiniCurve> curves = new LinkedHashMap<>();
        for (int k = 0; k < levels.size(); k++) {
            if (k == baselineIndex) {
                continue;
            }
            float[] levelProbability = model.purchaseProbability(prep.features(labeled, levels.get(k)));
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < observed.length; i++) {
                if (observed[i] == k || observed[i] == baselineIndex) {
                    rows.add(i);
                }
            }
            float[] predicted = new float[rows.size()];
            float[] outcome = new float[rows.size()];
            boolean[] treated = new boolean[rows.size()];
            int treatedCount = 0;
            for (int j = 0; j < rows.size(); j++) {
                int i = rows.get(j);
                predicted[j] = levelProbability[i] - baselineProbability[i];
                outcome[j] = labels[i];
                treated[j] = observed[i] == k;
                treatedCount += treated[j] ? 1 : 0;
            }
            if (treatedCount > 0 && treatedCount < rows.size()) {
                curves.put(levels.get(k).name(), QiniCurve.of(predicted, outcome, treated));
            }
        }
        return curves;
    }

    static int[] buyers(float[] labels) {
        int count = 0;
        for (float label : labels) {
            count += label > 0.5f ? 1 : 0;
        }
        int[] rows = new int[count];
        int next = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] > 0.5f) {
                rows[next++] = i;
            }
        }
        return rows;
    }

    static float[] pick(float[] values, int[] rows) {
        float[] picked = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = values[rows[i]];
        }
        return picked;
    }

    /** All rows, or a seeded random subset of {@link #IMPORTANCE_ROWS}. */
    private static int[] sample(int rows, long seed) {
        int size = Math.min(rows, IMPORTANCE_ROWS);
        int[] all = new int[rows];
        for (int i = 0; i < rows; i++) {
            all[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(rows - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return Arrays.copyOf(all, size);
    }

    private static RocCurve thin(RocCurve roc) {
        List<RocCurve.Point> points = roc.points();
        if (points.size() <= ROC_POINTS) {
            return roc;
        }
        List<RocCurve.Point> kept = new ArrayList<>();
        double step = (points.size() - 1) / (double) (ROC_POINTS - 1);
        for (int i = 0; i < ROC_POINTS; i++) {
            kept.add(points.get((int) Math.round(i * step)));
        }
        return new RocCurve(kept, roc.auc());
    }
}
