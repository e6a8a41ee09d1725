package com.discountworkbench.policy;

import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.eval.CalibrationTable;
import com.discountworkbench.model.eval.RocCurve;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Compares a campaign's outcomes with the model's predictions: scores each matched customer at the treatment they
 * were sent, prices it with the usual economics (see the package documentation), and sums predicted and realized
 * figures overall, per group and per decile of predicted P(buy).
 */
public final class FeedbackAnalysis {
    static final int DECILES = 10;

    private FeedbackAnalysis() {
    }

    /**
     * @param defaultMarginRate gross margin rate for customers without one in a margin column
     * @param offers            fixed costs (and named offers' rates) as set for the policy; levels not listed cost 0
     */
    public static FeedbackReport analyze(DiscountModel model, CampaignOutcomes outcomes, double defaultMarginRate,
                                         List<OfferEconomics> offers, TaskMonitor monitor) {
        FittedPreprocessor prep = model.preprocessing();
        ResponseMatrix responses = ResponseScorer.score(model, outcomes.features(), outcomes.grid(), monitor);
        List<String> offered = outcomes.grid().stream().map(TreatmentLevel::name).toList();
        OfferGrid grid = OfferGrid.of(outcomes.grid(),
                offers.stream().filter(offer -> offered.contains(offer.level())).toList());
        CustomerEconomics economics = CustomerEconomics.ofCostRatios(
                prep.costRatios(outcomes.features(), defaultMarginRate));
        PolicyProblem problem = new PolicyProblem(responses, grid, economics);
        int n = outcomes.customers();
        int[] levels = outcomes.offered();
        double[] realizedProfit = LoggedOutcomes.realizedProfit(problem, levels, outcomes.spend());
        float[] predicted = new float[n];
        float[] labels = new float[n];
        for (int i = 0; i < n; i++) {
            predicted[i] = (float) problem.probability(i, levels[i]);
            labels[i] = outcomes.bought()[i] ? 1 : 0;
        }
        monitor.progress(-1, "Comparing predictions with outcomes");
        Totals totals = new Totals(problem, outcomes, realizedProfit);
        boolean[] control = outcomes.holdout();
        FeedbackReport.Group all = totals.of(i -> true);
        FeedbackReport.Group controlGroup = outcomes.hasHoldoutColumn() ? totals.of(i -> control[i]) : null;
        boolean bothClasses = all.conversions() > 0 && all.conversions() < n;
        boolean marginFromColumn = prep.marginColumn() != null
                && outcomes.features().find(prep.marginColumn()).isPresent();
        return new FeedbackReport(outcomes, all, totals.of(i -> !control[i]), controlGroup,
                deciles(predicted, totals), CalibrationTable.of(predicted, labels),
                bothClasses ? RocCurve.auc(predicted, labels) : Double.NaN, marginFromColumn, defaultMarginRate);
    }

    private static List<FeedbackReport.Decile> deciles(float[] predicted, Totals totals) {
        Integer[] order = new Integer[predicted.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> predicted[i]).reversed());
        int[] decileOf = new int[predicted.length];
        for (int rank = 0; rank < order.length; rank++) {
            decileOf[order[rank]] = (int) ((long) rank * DECILES / order.length);
        }
        List<FeedbackReport.Decile> deciles = new ArrayList<>(DECILES);
        for (int d = 0; d < DECILES; d++) {
            int from = (int) Math.ceil((double) d * order.length / DECILES);
            int to = (int) Math.ceil((double) (d + 1) * order.length / DECILES);
            if (from < to) {
                int decile = d;
                deciles.add(new FeedbackReport.Decile(d + 1, predicted[order[to - 1]], predicted[order[from]],
                        totals.of(i -> decileOf[i] == decile)));
            }
        }
        return deciles;
    }

    /** Sums the predicted and realized figures of the customers a predicate picks. */
    private record Totals(PolicyProblem problem, CampaignOutcomes outcomes, double[] realizedProfit) {

        FeedbackReport.Group of(IntPredicate member) {
            int customers = 0;
            int conversions = 0;
            double predictedConversions = 0;
            double predictedRevenue = 0;
            double revenue = 0;
            double predictedProfit = 0;
            double profit = 0;
            for (int i = 0; i < realizedProfit.length; i++) {
                if (member.test(i)) {
                    int level = outcomes.offered()[i];
                    customers++;
                    conversions += outcomes.bought()[i] ? 1 : 0;
                    predictedConversions += problem.probability(i, level);
                    predictedRevenue += problem.revenue(i, level);
                    revenue += outcomes.spend()[i];
                    predictedProfit += problem.profit(i, level);
                    profit += realizedProfit[i];
                }
            }
            return new FeedbackReport.Group(customers, predictedConversions, conversions, predictedRevenue, revenue,
                    predictedProfit, profit);
        }
    }
}
