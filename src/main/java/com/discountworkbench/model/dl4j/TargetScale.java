package com.discountworkbench.model.dl4j;

import com.discountworkbench.model.Calibration;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.OutputHead;

/**
 * How value-model targets become what the network learns: log(1 + spend) for a log target, then standardized with
 * the training rows' mean and standard deviation. Standardized targets start near the output's initial value and
 * suit the same learning rates as the purchase model; spend in dollars (or its log, around 4–5) would need far
 * more updates to reach. Purchase labels are left as 0/1.
 *
 * @param log   whether targets are log(1 + value)
 * @param mean  mean of the training targets on the link scale
 * @param scale standard deviation of the training targets on the link scale (1 when they are constant)
 */
record TargetScale(boolean log, double mean, double scale) {
    static final TargetScale NONE = new TargetScale(false, 0, 1);

    static TargetScale fit(float[] targets, NetworkSpec spec) {
        if (spec.head() == OutputHead.PROBABILITY) {
            return NONE;
        }
        TargetScale link = new TargetScale(spec.logTarget(), 0, 1);
        double sum = 0;
        double squares = 0;
        for (float target : targets) {
            double value = link.link(target);
            sum += value;
            squares += value * value;
        }
        double mean = sum / targets.length;
        double deviation = Math.sqrt(Math.max(0, squares / targets.length - mean * mean));
        return new TargetScale(spec.logTarget(), mean, deviation > 1e-9 ? deviation : 1);
    }

    double link(float target) {
        return log ? Math.log1p(target) : target;
    }

    float[] linkAll(float[] targets) {
        float[] result = new float[targets.length];
        for (int i = 0; i < targets.length; i++) {
            result[i] = (float) link(targets[i]);
        }
        return result;
    }

    /** Targets as the network learns them. */
    float[] standardize(float[] targets) {
        float[] result = new float[targets.length];
        for (int i = 0; i < targets.length; i++) {
            result[i] = (float) ((link(targets[i]) - mean) / scale);
        }
        return result;
    }

    /** Maps the network's output back to the link scale. */
    Calibration toLink() {
        return new Calibration(scale, mean);
    }
}
