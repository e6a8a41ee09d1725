package com.discountworkbench.model.eval;

import com.discountworkbench.model.RandomOrder;
import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.task.TaskMonitor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Permutation feature importance for any model: shuffle one source column across rows, re-score, and measure how
 * much the metric worsens. One-hot features of the same source column (names {@code col=level}) are shuffled
 * together, so a categorical column gets one importance.
 */
public final class PermutationImportance {

    /** The metric whose loss is measured. */
    public enum Metric {
        /** For probabilities: importance = AUC drop. */
        AUC,
        /** For spend: importance = RMSE increase. */
        RMSE
    }

    /**
     * @param feature            source column name (the part before {@code =} for one-hot features)
     * @param columns            the feature-matrix columns shuffled together
     * @param importance         mean worsening of the metric over the repeats (near 0 or negative: unused)
     * @param standardDeviation  spread of the worsening over the repeats
     */
    public record FeatureImportance(String feature, List<String> columns, double importance, double standardDeviation) {
        public FeatureImportance {
            columns = List.copyOf(columns);
        }
    }

    private PermutationImportance() {
    }

    /** Importances sorted from the most to the least important feature. */
    public static List<FeatureImportance> compute(FeatureMatrix features, float[] targets,
            Function<FeatureMatrix, float[]> model, Metric metric, int repeats, long seed, TaskMonitor monitor) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1");
        }
        Map<String, List<Integer>> groups = groups(features.names());
        float[] working = features.values().clone();
        FeatureMatrix shuffled = new FeatureMatrix(working, features.rows(), features.names());
        double baseline = score(metric, model.apply(shuffled), targets);
        SplittableRandom random = new SplittableRandom(seed);
        List<FeatureImportance> result = new ArrayList<>();
        int done = 0;
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            double[] losses = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                monitor.checkCancelled();
                int[] permutation = RandomOrder.permutation(features.rows(), random);
                copyColumns(features.values(), working, features.columns(), group.getValue(), permutation);
                double permuted = score(metric, model.apply(shuffled), targets);
                losses[r] = metric == Metric.AUC ? baseline - permuted : permuted - baseline;
                copyColumns(features.values(), working, features.columns(), group.getValue(), null);
                monitor.progress((double) ++done / (groups.size() * repeats), "Shuffling " + group.getKey());
            }
            List<String> columns = group.getValue().stream().map(features.names()::get).toList();
            result.add(new FeatureImportance(group.getKey(), columns, mean(losses), standardDeviation(losses)));
        }
        result.sort(Comparator.comparingDouble(FeatureImportance::importance).reversed());
        return result;
    }

    /** Source column of a feature: {@code device=mobile} belongs to {@code device}. */
    static String sourceColumn(String featureName) {
        int equals = featureName.indexOf('=');
        return equals > 0 ? featureName.substring(0, equals) : featureName;
    }

    private static Map<String, List<Integer>> groups(List<String> names) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            groups.computeIfAbsent(sourceColumn(names.get(c)), key -> new ArrayList<>()).add(c);
        }
        return groups;
    }

    private static double score(Metric metric, float[] predictions, float[] targets) {
        return metric == Metric.AUC ? RocCurve.auc(predictions, targets)
                : RegressionMetrics.of(predictions, targets).rmse();
    }

    /** Writes the group's columns into {@code target}: from row {@code permutation[r]}, or unchanged when null. */
    private static void copyColumns(float[] source, float[] target, int width, List<Integer> columns,
            int[] permutation) {
        int rows = source.length / width;
        for (int r = 0; r < rows; r++) {
            int from = permutation == null ? r : permutation[r];
            for (int c : columns) {
                target[r * width + c] = source[from * width + c];
            }
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double standardDeviation(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
