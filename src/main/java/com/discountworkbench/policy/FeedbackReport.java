package com.discountworkbench.policy;

import com.discountworkbench.model.eval.CalibrationTable;
import java.util.List;

/**
 * What a campaign's outcomes say about the model: predicted against realized conversions, revenue and profit for
 * all matched customers, for the customers who got the policy's offer and for the control group, by decile of
 * predicted P(buy), and the purchase model's calibration and ranking on the new data.
 *
 * @param outcomes          the matched outcomes the figures come from
 * @param all               every matched customer
 * @param policy            customers outside the control group
 * @param control           the control group; null when the file marks none
 * @param deciles           ten equal groups by predicted P(buy), decile 1 the highest
 * @param calibration       predicted against realized purchase rate in ten bins of predicted P(buy)
 * @param auc               ranking quality on the new data; NaN when everyone or no one bought
 * @param marginFromColumn  whether margins came from the data's margin column
 * @param defaultMarginRate the gross margin rate used where the data gives none
 */
public record FeedbackReport(CampaignOutcomes outcomes, Group all, Group policy, Group control, List<Decile> deciles,
                             CalibrationTable calibration, double auc, boolean marginFromColumn,
                             double defaultMarginRate) {
    public FeedbackReport {
        deciles = List.copyOf(deciles);
    }

    /**
     * Predicted and realized totals of a group of customers.
     *
     * @param predictedConversions sum of P(buy) at the offer sent
     * @param conversions          customers who bought
     * @param predictedProfit      sum of expected profit at the offer sent
     * @param profit               realized profit: paid · (1 − d − c) / (1 − d) − f per customer
     */
    public record Group(int customers, double predictedConversions, int conversions, double predictedRevenue,
                        double revenue, double predictedProfit, double profit) {

        public double predictedConversionRate() {
            return customers == 0 ? Double.NaN : predictedConversions / customers;
        }

        public double conversionRate() {
            return customers == 0 ? Double.NaN : (double) conversions / customers;
        }

        public double predictedProfitPerCustomer() {
            return customers == 0 ? Double.NaN : predictedProfit / customers;
        }

        public double profitPerCustomer() {
            return customers == 0 ? Double.NaN : profit / customers;
        }
    }

    /**
     * One tenth of the customers by predicted P(buy).
     *
     * @param decile         1 = the highest predicted P(buy)
     * @param lowestPredicted the smallest P(buy) in the decile
     * @param highestPredicted the largest
     */
    public record Decile(int decile, double lowestPredicted, double highestPredicted, Group figures) {
    }
}
