package com.discountworkbench.sample;

/**
 * True expected totals of the reference policies on a set of sample customers.
 *
 * @param customers                 number of customers
 * @param fixedCostPerOffer         f used in every profit
 * @param noDiscountProfit          total profit when nobody gets a discount
 * @param bestUniform               the best single discount for everyone
 * @param bestPolicyProfit          total profit of the per-customer argmax on the grid
 * @param noDiscountConversions     expected buyers without discount
 * @param bestPolicyConversions     expected buyers under the best per-customer policy
 * @param grid                      the discount levels considered
 * @param bestPolicyCounts          customers the best policy gives each grid level
 */
public record PolicyFigures(int customers, double fixedCostPerOffer, double noDiscountProfit,
                            PolicyValue.UniformChoice bestUniform, double bestPolicyProfit,
                            double noDiscountConversions, double bestPolicyConversions, double[] grid,
                            int[] bestPolicyCounts) {

    /** What the best per-customer policy adds over no discount. */
    public double bestIncrementalProfit() {
        return bestPolicyProfit - noDiscountProfit;
    }

    /** Share of the best possible incremental profit over no discount that a policy with this profit captures. */
    public double capturedShare(double policyProfit) {
        return (policyProfit - noDiscountProfit) / bestIncrementalProfit();
    }

    /** The share the best single discount for everyone captures. */
    public double bestUniformCapturedShare() {
        return capturedShare(bestUniform.profit());
    }
}
