package com.discountworkbench.policy;

import com.discountworkbench.data.DataException;

/**
 * How campaign history in the customer file is used to check a policy.
 *
 * @param propensityColumn column with the probability each customer had of getting the treatment they got;
 *                         null to use each level's share of the rows (right for a randomized campaign)
 * @param resamples        bootstrap resamples for the 95 % intervals
 * @param seed             seed of the bootstrap, so reruns give the same intervals
 */
public record HistorySettings(String propensityColumn, int resamples, long seed) {

    public HistorySettings {
        if (resamples < 2) {
            throw new DataException("The bootstrap needs at least 2 resamples (500 is usual), got " + resamples + ".");
        }
    }

    public static HistorySettings defaults() {
        return new HistorySettings(null, OffPolicyEvaluator.DEFAULT_RESAMPLES, 42);
    }
}
