package com.discountworkbench.policy;

/**
 * The model's expected reward per (customer, level), indexed like {@link ResponseMatrix}: the outcome
 * model of the doubly robust estimator, in the same unit as the logged reward.
 */
public final class PredictedRewards {
    private PredictedRewards() {
    }

    /** Expected spend per customer, P · spend: pairs with a logged reward of spend. */
    public static float[] spend(ResponseMatrix responses) {
        float[] p = responses.purchaseProbability();
        float[] s = responses.expectedSpend();
        float[] reward = new float[p.length];
        for (int cell = 0; cell < reward.length; cell++) {
            reward[cell] = p[cell] * s[cell];
        }
        return reward;
    }

    /** Expected profit per customer: pairs with {@link LoggedOutcomes#realizedProfit}. */
    public static float[] profit(PolicyProblem problem) {
        int levels = problem.levels();
        float[] reward = new float[problem.customers() * levels];
        for (int i = 0; i < problem.customers(); i++) {
            for (int k = 0; k < levels; k++) {
                reward[i * levels + k] = (float) problem.profit(i, k);
            }
        }
        return reward;
    }
}
