package com.discountworkbench.policy;

/**
 * Off-policy estimates of a proposed policy's mean reward per customer, beside the model's own
 * prediction so the analyst sees whether the model is optimistic.
 *
 * @param customers          rows of history used
 * @param matched            rows whose logged level equals the proposed one (the only rows IPS learns from)
 * @param effectiveSampleSize (Σ w)² / Σ w² of the importance weights: how many rows the estimate is worth
 * @param ips                inverse propensity scoring
 * @param selfNormalizedIps  IPS divided by the mean weight
 * @param doublyRobust       model prediction corrected by the weighted residuals; null without predictions
 * @param modelPredicted     the model's mean predicted reward under the policy; null without predictions
 */
public record OpeReport(int customers, int matched, double effectiveSampleSize, OpeEstimate ips,
                        OpeEstimate selfNormalizedIps, OpeEstimate doublyRobust, Double modelPredicted) {
}
