package com.discountworkbench.policy;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.eval.CalibrationTable;
import com.discountworkbench.model.eval.ClassifierMetrics;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.RateTreatment;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Compares a campaign's outcomes with what the model predicted for the treatment each customer was offered.
 * For a discount-rate model every offered rate is scored, including rates between the training levels.
 */
public final class CampaignFeedback {
    static final int DECILES = 10;
    /** Offered rates are read to six decimals, as the treatment encoding reads them. */
    private static final double RATE_DIGITS = 1e6;

    private CampaignFeedback() {
    }

    public static FeedbackReport evaluate(DiscountModel model, CampaignOutcomes outcomes, PolicySettings settings,
                                          TaskMonitor monitor) {
        FittedPreprocessor prep = model.preprocessing();
        PolicySettings scored = settings.levels() == null && !named(prep)
                ? settings.withLevels(offeredRates(prep, outcomes)) : settings;
        PolicyInputs inputs = PolicyInputs.prepare(model, outcomes.training(), scored, monitor);
        PolicyProblem problem = inputs.problem();
        int[] offered = inputs.observedLevels();
        for (int i = 0; i < offered.length; i++) {
            if (offered[i] < 0) {
                throw new DataException("Customer " + (i + 1) + " has no offered treatment the model can score"
                        + " (levels: " + String.join(", ", problem.offers().levels().stream()
                        .map(TreatmentLevel::name).toList()) + ").", null, -1, prep.treatment().column(), null);
            }
        }
        float[] bought = prep.labels(inputs.customers());
        float[] spend = prep.values(inputs.customers());
        int n = offered.length;
        double[] paid = new double[n];
        float[] predictedP = new float[n];
        for (int i = 0; i < n; i++) {
            paid[i] = spend[i];
            predictedP[i] = (float) problem.probability(i, offered[i]);
        }
        Outcomes figures = new Outcomes(problem, offered, bought, paid,
                LoggedOutcomes.realizedProfit(problem, offered, paid));
        List<FeedbackReport.Group> groups = new ArrayList<>();
        groups.add(figures.group("all", IntStream.range(0, n).toArray()));
        if (outcomes.holdout() != null) {
            boolean[] control = pick(outcomes.holdout(), prep.keptRows(outcomes.training()));
            groups.add(figures.group("policy", IntStream.range(0, n).filter(i -> !control[i]).toArray()));
            groups.add(figures.group("control", IntStream.range(0, n).filter(i -> control[i]).toArray()));
        }
        Segments segments = problem.segments();
        if (segments.count() > 1) {
            for (int s = 0; s < segments.count(); s++) {
                int segment = s;
                groups.add(figures.group("segment " + segments.names().get(s),
                        IntStream.range(0, n).filter(i -> segments.code(i) == segment).toArray()));
            }
        }
        List<String> notes = new ArrayList<>(outcomes.notes());
        notes.addAll(inputs.notes());
        return new FeedbackReport(n, groups, deciles(figures, predictedP), ClassifierMetrics.of(predictedP, bought),
                CalibrationTable.of(predictedP, bought), notes);
    }

    private static boolean named(FittedPreprocessor prep) {
        return prep.treatmentLevels().stream().anyMatch(TreatmentLevel::isNamed);
    }

    /** The model's levels, no discount, and every rate the outcomes record (as fractions). */
    private static List<Double> offeredRates(FittedPreprocessor prep, CampaignOutcomes outcomes) {
        TreeSet<Double> rates = new TreeSet<>(List.of(0.0));
        prep.treatmentLevels().forEach(level -> rates.add(level.rate()));
        Column column = outcomes.training().column(prep.treatment().column());
        if (!(column instanceof NumericColumn recorded)) {
            throw new DataException("The offered discounts must be numbers (0.15 for 15 %), but the column holds "
                    + "text.", null, -1, column.name(), null);
        }
        double scale = prep.treatment() instanceof RateTreatment rate && rate.percent() ? 0.01 : 1;
        for (int row = 0; row < recorded.size(); row++) {
            double value = recorded.get(row) * scale;
            if (value >= 0 && value < 1) {
                rates.add(Math.round(value * RATE_DIGITS) / RATE_DIGITS);
            }
        }
        return List.copyOf(rates);
    }

    private static List<FeedbackReport.Group> deciles(Outcomes figures, float[] predictedP) {
        Integer[] order = IntStream.range(0, predictedP.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -predictedP[i]));
        List<FeedbackReport.Group> deciles = new ArrayList<>();
        for (int d = 0; d < DECILES; d++) {
            int from = (int) ((long) order.length * d / DECILES);
            int to = (int) ((long) order.length * (d + 1) / DECILES);
            if (to > from) {
                int[] rows = new int[to - from];
                for (int r = from; r < to; r++) {
                    rows[r - from] = order[r];
                }
                deciles.add(figures.group("decile " + (d + 1), rows));
            }
        }
        return deciles;
    }

    private static boolean[] pick(boolean[] flags, int[] rows) {
        boolean[] picked = new boolean[rows.length];
        for (int j = 0; j < rows.length; j++) {
            picked[j] = flags[rows[j]];
        }
        return picked;
    }

    /** Per-customer predicted and realized figures at the offered levels. */
    private record Outcomes(PolicyProblem problem, int[] offered, float[] bought, double[] paid, double[] profit) {
        FeedbackReport.Group group(String name, int[] rows) {
            double predictedP = 0, realizedP = 0, predictedSpend = 0, realizedSpend = 0, predictedProfit = 0,
                    realizedProfit = 0;
            for (int i : rows) {
                predictedP += problem.probability(i, offered[i]);
                realizedP += bought[i];
                predictedSpend += problem.revenue(i, offered[i]);
                realizedSpend += paid[i];
                predictedProfit += problem.profit(i, offered[i]);
                realizedProfit += profit[i];
            }
            int n = Math.max(1, rows.length);
            return new FeedbackReport.Group(name, rows.length, predictedP / n, realizedP / n, predictedSpend / n,
                    realizedSpend / n, predictedProfit / n, realizedProfit / n);
        }
    }
}
