package com.discountworkbench.model.eval;

/**
 * Headline quality of purchase probabilities on labeled rows.
 *
 * @param rows         rows evaluated
 * @param positiveRate share of buyers
 * @param auc          ROC AUC (ranking quality; NaN when only one class is present)
 * @param logLoss      mean negative log-likelihood, probabilities clipped to [1e-15, 1 − 1e-15]
 * @param brier        mean squared difference between probability and outcome
 * @param meanPredicted mean predicted probability (compare with {@code positiveRate})
 */
public record ClassifierMetrics(int rows, double positiveRate, double auc, double logLoss, double brier,
        double meanPredicted) {
    private static final double CLIP = 1e-15;

    public static ClassifierMetrics of(float[] probabilities, float[] labels) {
        Ranking.requireSameLength(probabilities, labels);
        double positives = 0, logLoss = 0, brier = 0, predicted = 0;
        for (int i = 0; i < labels.length; i++) {
            double y = Ranking.isPositive(labels[i]) ? 1 : 0;
            double p = probabilities[i];
            positives += y;
            logLoss += logLoss(p, y);
            brier += (p - y) * (p - y);
            predicted += p;
        }
        int n = labels.length;
        boolean bothClasses = positives > 0 && positives < n;
        double auc = bothClasses ? RocCurve.auc(probabilities, labels) : Double.NaN;
        return new ClassifierMetrics(n, positives / n, auc, logLoss / n, brier / n, predicted / n);
    }

    /** Negative log-likelihood of one outcome {@code y} (0 or 1) under probability {@code p}. */
    public static double logLoss(double p, double y) {
        double clipped = Math.min(1 - CLIP, Math.max(CLIP, p));
        return -(y * Math.log(clipped) + (1 - y) * Math.log(1 - clipped));
    }
}
