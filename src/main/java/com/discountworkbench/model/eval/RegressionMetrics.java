package com.discountworkbench.model.eval;

/**
 * Errors of spend predictions.
 *
 * @param rmse root mean squared error, in spend units
 * @param mae  mean absolute error, in spend units
 * @param r2   1 − (residual sum of squares / total sum of squares); NaN when every actual value is the same
 */
public record RegressionMetrics(int rows, double rmse, double mae, double r2) {

    public static RegressionMetrics of(float[] predictions, float[] actual) {
        Ranking.requireSameLength(predictions, actual);
        int n = actual.length;
        double mean = 0;
        for (float value : actual) {
            mean += value;
        }
        mean /= n;
        double squared = 0, absolute = 0, total = 0;
        for (int i = 0; i < n; i++) {
            double error = (double) predictions[i] - actual[i];
            squared += error * error;
            absolute += Math.abs(error);
            total += (actual[i] - mean) * (actual[i] - mean);
        }
        double r2 = total == 0 ? Double.NaN : 1 - squared / total;
        return new RegressionMetrics(n, Math.sqrt(squared / n), absolute / n, r2);
    }
}
