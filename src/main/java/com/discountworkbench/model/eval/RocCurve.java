package com.discountworkbench.model.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The ROC curve with one point per distinct score (ties move both rates at once) and its area. The area equals the
 * probability that a random buyer scores above a random non-buyer, ties counting one half.
 */
public record RocCurve(List<Point> points, double auc) {

    /** Classifying "buyer" when the score is at least {@code threshold} gives these rates. */
    public record Point(double threshold, double falsePositiveRate, double truePositiveRate) {
    }

    public RocCurve {
        points = List.copyOf(points);
    }

    /** @throws IllegalArgumentException when the labels hold only one class (AUC undefined) */
    public static RocCurve of(float[] scores, float[] labels) {
        return compute(scores, labels, true);
    }

    /** Just the area, without building the curve (per-epoch validation, permutation importance). */
    public static double auc(float[] scores, float[] labels) {
        return compute(scores, labels, false).auc();
    }

    private static RocCurve compute(float[] scores, float[] labels, boolean keepPoints) {
        Ranking.requireSameLength(scores, labels);
        long positives = 0;
        for (float label : labels) {
            positives += Ranking.isPositive(label) ? 1 : 0;
        }
        long negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("AUC needs both buyers and non-buyers");
        }
        int[] order = Ranking.descending(scores);
        List<Point> points = new ArrayList<>();
        points.add(new Point(Double.POSITIVE_INFINITY, 0, 0));
        long truePositives = 0;
        long falsePositives = 0;
        double area = 0;
        int i = 0;
        while (i < order.length) {
            float score = scores[order[i]];
            long previousTp = truePositives;
            long previousFp = falsePositives;
            while (i < order.length && scores[order[i]] == score) {
                if (Ranking.isPositive(labels[order[i]])) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
                i++;
            }
            area += (falsePositives - previousFp) * (truePositives + previousTp) / 2.0;
            if (keepPoints) {
                points.add(new Point(score, (double) falsePositives / negatives, (double) truePositives / positives));
            }
        }
        return new RocCurve(points, area / ((double) positives * negatives));
    }
}
