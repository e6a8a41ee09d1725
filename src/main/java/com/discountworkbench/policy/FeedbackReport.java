package com.discountworkbench.policy;

import com.discountworkbench.model.eval.CalibrationTable;
import com.discountworkbench.model.eval.ClassifierMetrics;
import java.util.List;

/**
 * What a campaign's outcomes say about the model: predicted versus realized conversion, spend and profit,
 * overall, for the policy and control groups, and by decile of predicted P(buy); and how well calibrated
 * the purchase model is on the new data.
 *
 * @param groups      "all", then "policy" and "control" when the file marks a control group, then
 *                    "segment NAME" per segment when customers are grouped
 * @param deciles     "decile 1" (highest predicted P(buy)) to "decile 10"
 * @param metrics     purchase model quality on the outcomes
 * @param calibration predicted versus observed purchase rate in ten bins
 * @param notes       how the file was read
 */
public record FeedbackReport(int rows, List<Group> groups, List<Group> deciles, ClassifierMetrics metrics,
                             CalibrationTable calibration, List<String> notes) {

    public FeedbackReport {
        groups = List.copyOf(groups);
        deciles = List.copyOf(deciles);
        notes = List.copyOf(notes);
    }

    /**
     * Means per customer of a group, at the treatment each customer was offered.
     *
     * @param predictedConversion mean predicted P(buy)
     * @param realizedConversion  share who bought
     * @param predictedSpend      mean predicted P · spend
     * @param realizedSpend       mean amount paid
     * @param predictedProfit     mean predicted profit P · v · (1 − d − c) − f
     * @param realizedProfit      mean realized profit spend · (1 − d − c) / (1 − d) − f
     */
    public record Group(String name, int customers, double predictedConversion, double realizedConversion,
                        double predictedSpend, double realizedSpend, double predictedProfit, double realizedProfit) {
    }
}
