package com.discountworkbench.model;

/**
 * An affine correction of the network's output on its link scale, fitted on the validation split.
 * <ul>
 * <li>Purchase model: Platt scaling, {@code p' = σ(slope · logit(p) + intercept)}. Class weights and balanced
 * sampling train the network on a world where buyers are common; this maps its outputs back to observed purchase
 * rates without changing the ranking (AUC).</li>
 * <li>Value model: the network learns standardized targets, so {@code slope} and {@code intercept} are the
 * training targets' standard deviation and mean on the fit scale (spend, or log(1 + spend)). With a log target the
 * intercept also carries Duan's smearing term: the network learns the mean of log(1 + spend), exp of which
 * underestimates the mean spend; adding log(mean(exp(residual))) restores it.</li>
 * </ul>
 *
 * @param slope     multiplies the output on the link scale (1 = unchanged)
 * @param intercept is added on the link scale (0 = unchanged)
 */
public record Calibration(double slope, double intercept) {
    /** Keeps probabilities away from 0 and 1, where float logits are infinite. */
    private static final double EDGE = 1e-7;
    private static final int MAX_NEWTON_STEPS = 100;

    public static Calibration identity() {
        return new Calibration(1, 0);
    }

    public float apply(float probability) {
        double z = slope * logit(probability) + intercept;
        return (float) (1 / (1 + Math.exp(-z)));
    }

    /** The correction on the link scale itself (log(1 + spend) for the value model). */
    public double applyToLink(double output) {
        return slope * output + intercept;
    }

    /**
     * Adds Duan's smearing term, so that exp(link) has the mean of exp(linkTargets), assuming residuals do not
     * depend on the features.
     *
     * @param outputs     network outputs for some rows
     * @param linkTargets the same rows' targets on the link scale (log(1 + spend))
     */
    public Calibration smeared(float[] outputs, float[] linkTargets) {
        double sum = 0;
        for (int i = 0; i < outputs.length; i++) {
            sum += Math.exp(linkTargets[i] - applyToLink(outputs[i]));
        }
        return new Calibration(slope, intercept + Math.log(sum / outputs.length));
    }

    /** Calibrates every value in place and returns the same array. */
    public float[] applyInPlace(float[] probabilities) {
        if (slope != 1 || intercept != 0) {
            for (int i = 0; i < probabilities.length; i++) {
                probabilities[i] = apply(probabilities[i]);
            }
        }
        return probabilities;
    }

    /**
     * Fits slope and intercept by Newton's method on the log loss, with Platt's smoothed targets
     * ((buyers + 1) / (buyers + 2) and 1 / (non-buyers + 2)) so a handful of buyers cannot push probabilities to
     * exactly 0 or 1. Returns the identity when the labels hold only one class.
     */
    public static Calibration fitPlatt(float[] probabilities, float[] labels) {
        int positives = 0;
        for (float label : labels) {
            positives += label > 0.5f ? 1 : 0;
        }
        int negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            return identity();
        }
        double positiveTarget = (positives + 1.0) / (positives + 2.0);
        double negativeTarget = 1.0 / (negatives + 2.0);
        double[] z = new double[probabilities.length];
        double[] t = new double[probabilities.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = logit(probabilities[i]);
            t[i] = labels[i] > 0.5f ? positiveTarget : negativeTarget;
        }
        double a = 1;
        double b = 0;
        double loss = loss(z, t, a, b);
        for (int step = 0; step < MAX_NEWTON_STEPS; step++) {
            double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
            for (int i = 0; i < z.length; i++) {
                double q = sigmoid(a * z[i] + b);
                double residual = q - t[i];
                double curvature = q * (1 - q);
                ga += residual * z[i];
                gb += residual;
                haa += curvature * z[i] * z[i];
                hab += curvature * z[i];
                hbb += curvature;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            double stepSize = 1;
            double newLoss = loss(z, t, a - da, b - db);
            while (newLoss > loss && stepSize > 1e-6) {
                stepSize /= 2;
                newLoss = loss(z, t, a - stepSize * da, b - stepSize * db);
            }
            a -= stepSize * da;
            b -= stepSize * db;
            boolean converged = loss - newLoss < 1e-12 * Math.max(1, loss);
            loss = newLoss;
            if (converged) {
                break;
            }
        }
        return new Calibration(a, b);
    }

    private static double loss(double[] z, double[] t, double a, double b) {
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            double s = a * z[i] + b;
            // log(1 + e^s) − t·s, written to stay finite for large |s|
            sum += Math.max(s, 0) + Math.log1p(Math.exp(-Math.abs(s))) - t[i] * s;
        }
        return sum;
    }

    private static double logit(double p) {
        double clipped = Math.min(1 - EDGE, Math.max(EDGE, p));
        return Math.log(clipped / (1 - clipped));
    }

    private static double sigmoid(double s) {
        return 1 / (1 + Math.exp(-s));
    }
}
