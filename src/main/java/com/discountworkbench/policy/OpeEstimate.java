package com.discountworkbench.policy;

/**
 * An off-policy estimate of a policy's mean reward per customer with its bootstrap 95 % interval.
 *
 * @param value the estimate on all rows
 * @param lower 2.5th percentile over the bootstrap resamples
 * @param upper 97.5th percentile over the bootstrap resamples
 */
public record OpeEstimate(double value, double lower, double upper) {

    public boolean covers(double truth) {
        return lower <= truth && truth <= upper;
    }
}
