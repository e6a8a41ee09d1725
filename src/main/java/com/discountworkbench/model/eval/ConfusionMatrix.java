package com.discountworkbench.model.eval;

/** Counts when every row with probability ≥ {@code threshold} is called a buyer. */
public record ConfusionMatrix(double threshold, long truePositives, long falsePositives, long trueNegatives,
        long falseNegatives) {

    public static ConfusionMatrix at(float[] probabilities, float[] labels, double threshold) {
        Ranking.requireSameLength(probabilities, labels);
        long tp = 0, fp = 0, tn = 0, fn = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean predicted = probabilities[i] >= threshold;
            boolean actual = Ranking.isPositive(labels[i]);
            if (predicted && actual) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            } else {
                tn++;
            }
        }
        return new ConfusionMatrix(threshold, tp, fp, tn, fn);
    }

    public double accuracy() {
        return ratio(truePositives + trueNegatives, truePositives + falsePositives + trueNegatives + falseNegatives);
    }

    /** Share of predicted buyers who bought; NaN when nobody is predicted to buy. */
    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Share of buyers found; NaN when there are no buyers. */
    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        return ratio(2.0 * truePositives, 2.0 * truePositives + falsePositives + falseNegatives);
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
