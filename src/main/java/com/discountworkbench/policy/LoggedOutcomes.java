package com.discountworkbench.policy;

import com.discountworkbench.data.DataException;

/**
 * Campaign history for off-policy evaluation: for each customer the level they were given, the reward
 * observed (spend, or realized profit) and the probability the logging policy had of giving that level.
 * Arrays are used as given, not copied.
 *
 * @param observedLevel index into the grid of the level received
 * @param reward        outcome per customer
 * @param propensity    P(logging policy gives the observed level), in (0, 1]
 */
public record LoggedOutcomes(int[] observedLevel, double[] reward, double[] propensity) {

    public LoggedOutcomes {
        if (reward.length != observedLevel.length || propensity.length != observedLevel.length) {
            throw new IllegalArgumentException("Levels, rewards and propensities need one entry per customer");
        }
        for (int i = 0; i < observedLevel.length; i++) {
            if (observedLevel[i] < 0) {
                throw new DataException("Row " + (i + 1) + " has no recorded treatment; leave such rows out of "
                        + "the evaluation.");
            }
            if (!(propensity[i] > 0 && propensity[i] <= 1)) {
                throw new DataException("Row " + (i + 1) + ": a propensity must be above 0 and at most 1, got "
                        + propensity[i] + ".");
            }
        }
    }

    /**
     * History from a randomized campaign without logged propensities: each customer's propensity is the
     * share of all customers that received their level.
     */
    public static LoggedOutcomes withObservedShares(int[] observedLevel, double[] reward, int levels) {
        double[] shares = observedShares(observedLevel, levels);
        double[] propensity = new double[observedLevel.length];
        for (int i = 0; i < propensity.length; i++) {
            propensity[i] = shares[observedLevel[i]];
        }
        return new LoggedOutcomes(observedLevel, reward, propensity);
    }

    /** The share of customers at each level. */
    public static double[] observedShares(int[] observedLevel, int levels) {
        double[] shares = new double[levels];
        for (int level : observedLevel) {
            shares[level]++;
        }
        for (int k = 0; k < levels; k++) {
            shares[k] /= observedLevel.length;
        }
        return shares;
    }

    /**
     * Realized profit per customer from what they paid at the level they received:
     * spend · (1 − d − c) / (1 − d) − f (non-buyers spend 0 and cost the offer's fixed cost).
     */
    public static double[] realizedProfit(PolicyProblem problem, int[] observedLevel, double[] spend) {
        double[] profit = new double[spend.length];
        for (int i = 0; i < spend.length; i++) {
            int level = observedLevel[i];
            profit[i] = spend[i] * problem.marginAfterDiscount(i, level) - problem.fixedCost(level);
        }
        return profit;
    }

    public int customers() {
        return observedLevel.length;
    }
}
