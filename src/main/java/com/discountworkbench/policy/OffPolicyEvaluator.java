package com.discountworkbench.policy;

import com.discountworkbench.task.TaskMonitor;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Estimates what a proposed deterministic policy π would have earned per customer on logged history.
 * With w_i = 1{a_i = π_i} / p_i:
 * IPS = mean(w_i · r_i); self-normalized IPS = Σ w_i r_i / Σ w_i (less variance, slightly biased);
 * doubly robust = mean(q̂(i, π_i) + w_i · (r_i − q̂(i, a_i))), where q̂ is the model's predicted reward,
 * unbiased if either the propensities or the model are right. Intervals: percentile bootstrap over
 * customers, seeded so reruns agree.
 */
public final class OffPolicyEvaluator {
    public static final int DEFAULT_RESAMPLES = 500;

    private final int resamples;
    private final long seed;

    public OffPolicyEvaluator(int resamples, long seed) {
        if (resamples < 2) {
            throw new IllegalArgumentException("Need at least 2 bootstrap resamples");
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    /**
     * @param policy          the proposed level per customer
     * @param predictedReward the model's reward per (customer, level), indexed like {@link ResponseMatrix}
     *                        (for example {@link PredictedRewards#spend}); null to skip doubly robust
     * @param levels          grid size, the stride of {@code predictedReward}
     */
    public OpeReport evaluate(LoggedOutcomes logged, int[] policy, float[] predictedReward, int levels,
                              TaskMonitor monitor) {
        int n = logged.customers();
        if (policy.length != n || predictedReward != null && predictedReward.length != (long) n * levels) {
            throw new IllegalArgumentException("Policy and predictions need one entry per logged customer");
        }
        double[] weight = new double[n];
        double[] weighted = new double[n];
        double[] robust = predictedReward == null ? null : new double[n];
        int matched = 0;
        double modelSum = 0;
        for (int i = 0; i < n; i++) {
            boolean match = logged.observedLevel()[i] == policy[i];
            weight[i] = match ? 1 / logged.propensity()[i] : 0;
            weighted[i] = weight[i] * logged.reward()[i];
            matched += match ? 1 : 0;
            if (robust != null) {
                double onPolicy = predictedReward[i * levels + policy[i]];
                double onLogged = predictedReward[i * levels + logged.observedLevel()[i]];
                robust[i] = onPolicy + weight[i] * (logged.reward()[i] - onLogged);
                modelSum += onPolicy;
            }
        }
        double[][] boot = bootstrap(weight, weighted, robust, monitor);
        double sumWeight = sum(weight);
        double sumSquares = Arrays.stream(weight).map(w -> w * w).sum();
        return new OpeReport(n, matched, sumSquares == 0 ? 0 : sumWeight * sumWeight / sumSquares,
                estimate(sum(weighted) / n, boot[0]),
                estimate(sum(weighted) / sumWeight, boot[1]),
                robust == null ? null : estimate(sum(robust) / n, boot[2]),
                robust == null ? null : modelSum / n);
    }

    /** Resampled IPS, SNIPS and DR values: customers drawn with replacement, n per resample. */
    private double[][] bootstrap(double[] weight, double[] weighted, double[] robust, TaskMonitor monitor) {
        int n = weight.length;
        SplittableRandom random = new SplittableRandom(seed);
        double[][] values = new double[3][resamples];
        for (int b = 0; b < resamples; b++) {
            if (b % 50 == 0) {
                monitor.checkCancelled();
                monitor.progress((double) b / resamples, "Bootstrapping off-policy estimates");
            }
            double sumWeight = 0;
            double sumWeighted = 0;
            double sumRobust = 0;
            for (int draw = 0; draw < n; draw++) {
                int i = random.nextInt(n);
                sumWeight += weight[i];
                sumWeighted += weighted[i];
                sumRobust += robust == null ? 0 : robust[i];
            }
            values[0][b] = sumWeighted / n;
            values[1][b] = sumWeight == 0 ? Double.NaN : sumWeighted / sumWeight;
            values[2][b] = sumRobust / n;
        }
        return values;
    }

    private static OpeEstimate estimate(double value, double[] resampled) {
        double[] finite = Arrays.stream(resampled).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return new OpeEstimate(value, Double.NaN, Double.NaN);
        }
        return new OpeEstimate(value, quantile(finite, 0.025), quantile(finite, 0.975));
    }

    /** Linear interpolation between order statistics of sorted values. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
