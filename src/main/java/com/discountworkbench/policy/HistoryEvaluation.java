package com.discountworkbench.policy;

import java.util.List;

/**
 * What campaign history says about the recommended policy and the simple alternatives, beside what the
 * model predicts, so the analyst sees whether the model is optimistic.
 *
 * @param rows               history rows used (those whose recorded treatment is on the grid)
 * @param propensitySource   where the propensities came from: a column's name, or "observed shares"
 * @param observedMeanSpend  mean spend per customer under the offers actually made
 * @param observedMeanProfit mean realized profit per customer under the offers actually made
 * @param estimates          off-policy estimates per policy and reward
 * @param uplift             each level against the baseline on the rows that got one of the two
 */
public record HistoryEvaluation(int rows, String propensitySource, double observedMeanSpend,
                                double observedMeanProfit, List<PolicyEstimate> estimates,
                                List<UpliftComparison> uplift) {

    public HistoryEvaluation {
        estimates = List.copyOf(estimates);
        uplift = List.copyOf(uplift);
    }

    /**
     * @param policy "recommended" or "everyone: LEVEL"
     * @param reward {@link #SPEND} or {@link #PROFIT}, per customer
     */
    public record PolicyEstimate(String policy, String reward, OpeReport report) {
        public static final String SPEND = "spend";
        public static final String PROFIT = "profit";
    }

    /**
     * One level against the baseline, customers ranked by the model's predicted uplift (Qini, from the
     * modeling engine's definition).
     *
     * @param outcome   "conversion" (P(buy) uplift) or "spend" (expected spend uplift)
     * @param qini      area between the Qini curve and random targeting; above 0 when the ranking helps
     * @param upliftAtK observed uplift among the customers ranked highest, at a few target shares
     */
    public record UpliftComparison(String level, String baseline, String outcome, int treated, int control,
                                   double qini, double auuc, List<UpliftAtShare> upliftAtK) {
        public UpliftComparison {
            upliftAtK = List.copyOf(upliftAtK);
        }
    }

    /**
     * @param share          share of customers targeted, those with the highest predicted uplift
     * @param observedUplift treated mean outcome − control mean outcome among them (NaN if one arm is empty)
     */
    public record UpliftAtShare(double share, double observedUplift) {
    }
}
