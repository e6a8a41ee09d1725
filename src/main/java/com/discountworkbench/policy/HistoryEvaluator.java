package com.discountworkbench.policy;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.model.eval.QiniCurve;
import com.discountworkbench.policy.HistoryEvaluation.PolicyEstimate;
import com.discountworkbench.policy.HistoryEvaluation.UpliftAtShare;
import com.discountworkbench.policy.HistoryEvaluation.UpliftComparison;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Checks a recommended policy against campaign history in the customer file (recorded treatment, purchase
 * and spend): off-policy estimates of spend and realized profit per customer for the recommendation and for
 * every uniform level, and Qini uplift of each level against the baseline. Only rows whose recorded
 * treatment is on the grid are used.
 */
public final class HistoryEvaluator {
    /** Target shares at which the observed uplift of the top-ranked customers is reported. */
    static final double[] UPLIFT_SHARES = {0.1, 0.2, 0.3, 0.5};
    static final String OBSERVED_SHARES = "observed shares";

    private HistoryEvaluator() {
    }

    /** Why the file cannot serve as history for {@link #evaluate}, or null when it can. */
    public static String unavailableReason(PolicyCustomers customers, List<TreatmentLevel> grid) {
        return unavailableReason(customers, grid, true);
    }

    /** Why the file cannot serve as history for {@link #recommendedProfit}, or null when it can. */
    public static String profitUnavailableReason(PolicyCustomers customers, List<TreatmentLevel> grid) {
        return unavailableReason(customers, grid, false);
    }

    private static String unavailableReason(PolicyCustomers customers, List<TreatmentLevel> grid,
                                            boolean needsPurchases) {
        FittedPreprocessor prep = customers.model().preprocessing();
        Dataset data = customers.data();
        int[] observed = customers.observedLevels(grid);
        if (observed == null) {
            return "No check against history: the file has no treatment column"
                    + (prep.hasTreatment() ? " '" + prep.treatment().column() + "'." : ".");
        }
        if (needsPurchases && (prep.labelColumn() == null || data.find(prep.labelColumn()).isEmpty())) {
            return "No check against history: the file has no purchase column"
                    + (prep.labelColumn() == null ? "." : " '" + prep.labelColumn() + "'.");
        }
        if (prep.valueColumn() == null || data.find(prep.valueColumn()).isEmpty()) {
            return "No check against history: the file has no spend column"
                    + (prep.valueColumn() == null ? "." : " '" + prep.valueColumn() + "'.");
        }
        if (IntStream.of(observed).allMatch(level -> level < 0)) {
            return "No check against history: no row's recorded treatment is one of the levels considered.";
        }
        return null;
    }

    /**
     * Spend and profit estimates of the recommendation and of every uniform level, with Qini uplift.
     *
     * @param result the recommendation; its problem (guarded or not) supplies the model's predictions
     */
    public static HistoryEvaluation evaluate(PolicyCustomers customers, PolicyResult result,
                                             HistorySettings settings, TaskMonitor monitor) {
        PolicyProblem problem = result.problem();
        Logged history = Logged.of(customers, problem, settings, true);
        float[] labels = customers.model().preprocessing().labels(customers.scoredData());
        int[] rows = history.rows();
        double[] spendReward = new double[rows.length];
        for (int j = 0; j < rows.length; j++) {
            spendReward[j] = history.spend()[rows[j]];
        }
        LoggedOutcomes spendLog = new LoggedOutcomes(history.profit().observedLevel(), spendReward,
                history.profit().propensity());
        LoggedOutcomes profitLog = history.profit();
        return new HistoryEvaluation(rows.length,
                settings.propensityColumn() == null ? OBSERVED_SHARES : settings.propensityColumn(),
                mean(spendLog.reward()), mean(profitLog.reward()),
                estimates(problem, pick(result.levels(), rows), rows, spendLog, profitLog, settings, monitor),
                uplift(problem, history.observed(), labels, history.spend()));
    }

    /**
     * Only the recommendation's realized profit per customer beside the model's prediction: quick enough to redo
     * after every change of a scenario. Needs no purchase column.
     */
    public static OpeReport recommendedProfit(PolicyCustomers customers, PolicyResult result,
                                              HistorySettings settings, TaskMonitor monitor) {
        PolicyProblem problem = result.problem();
        Logged history = Logged.of(customers, problem, settings, false);
        int levels = problem.levels();
        return new OffPolicyEvaluator(settings.resamples(), settings.seed()).evaluate(history.profit(),
                pick(result.levels(), history.rows()), compact(PredictedRewards.profit(problem), history.rows(), levels),
                levels, monitor);
    }

    /**
     * The logged campaign: every scored customer's recorded level and spend, the rows whose level is on the grid,
     * and their realized profit with the propensities of the levels they got.
     */
    private record Logged(int[] observed, float[] spend, int[] rows, LoggedOutcomes profit) {
        /** @throws DataException when the file cannot serve as history */
        static Logged of(PolicyCustomers customers, PolicyProblem problem, HistorySettings settings,
                         boolean needsPurchases) {
            List<TreatmentLevel> grid = problem.responses().levels();
            String reason = unavailableReason(customers, grid, needsPurchases);
            if (reason != null) {
                throw new DataException(reason);
            }
            int[] observed = customers.observedLevels(grid);
            int[] rows = IntStream.range(0, observed.length).filter(i -> observed[i] >= 0).toArray();
            float[] spend = customers.model().preprocessing().values(customers.scoredData());
            int[] logged = pick(observed, rows);
            double[] profit = realizedProfit(problem, observed, spend, rows);
            double[] propensity = propensities(customers.scoredData(), settings.propensityColumn(), rows);
            return new Logged(observed, spend, rows, propensity == null
                    ? LoggedOutcomes.withObservedShares(logged, profit, problem.levels())
                    : new LoggedOutcomes(logged, profit, propensity));
        }
    }

    /** Realized profit of the chosen rows at the level each received. */
    private static double[] realizedProfit(PolicyProblem problem, int[] observed, float[] spend, int[] rows) {
        int[] levels = new int[observed.length];
        double[] paid = new double[observed.length];
        for (int i = 0; i < observed.length; i++) {
            levels[i] = observed[i] >= 0 ? observed[i] : problem.baselineLevel(); // left out below
            paid[i] = spend[i];
        }
        double[] profit = LoggedOutcomes.realizedProfit(problem, levels, paid);
        double[] picked = new double[rows.length];
        for (int j = 0; j < rows.length; j++) {
            picked[j] = profit[rows[j]];
        }
        return picked;
    }

    /** Spend and profit estimates of the recommendation and of each level given to everyone. */
    private static List<PolicyEstimate> estimates(PolicyProblem problem, int[] recommended, int[] rows,
                                                  LoggedOutcomes spendLog, LoggedOutcomes profitLog,
                                                  HistorySettings settings, TaskMonitor monitor) {
        int levels = problem.levels();
        float[] predictedSpend = compact(PredictedRewards.spend(problem.responses()), rows, levels);
        float[] predictedProfit = compact(PredictedRewards.profit(problem), rows, levels);
        List<String> names = new ArrayList<>(List.of("recommended"));
        List<int[]> policies = new ArrayList<>(List.of(recommended));
        for (int k = 0; k < levels; k++) {
            int[] uniform = new int[rows.length];
            Arrays.fill(uniform, k);
            names.add("everyone: " + problem.offers().level(k).name());
            policies.add(uniform);
        }
        OffPolicyEvaluator evaluator = new OffPolicyEvaluator(settings.resamples(), settings.seed());
        List<PolicyEstimate> estimates = new ArrayList<>();
        for (int p = 0; p < policies.size(); p++) {
            monitor.checkCancelled();
            estimates.add(new PolicyEstimate(names.get(p), PolicyEstimate.SPEND,
                    evaluator.evaluate(spendLog, policies.get(p), predictedSpend, levels, monitor)));
            estimates.add(new PolicyEstimate(names.get(p), PolicyEstimate.PROFIT,
                    evaluator.evaluate(profitLog, policies.get(p), predictedProfit, levels, monitor)));
        }
        return estimates;
    }

    /** Each non-baseline level against the baseline, on P(buy) with purchases and on expected spend with spend. */
    private static List<UpliftComparison> uplift(PolicyProblem problem, int[] observed, float[] labels,
                                                 float[] spend) {
        int base = problem.baselineLevel();
        List<UpliftComparison> comparisons = new ArrayList<>();
        for (int k = 0; k < problem.levels(); k++) {
            int level = k;
            int[] rows = IntStream.range(0, observed.length).filter(i -> observed[i] == level || observed[i] == base)
                    .toArray();
            long treated = IntStream.of(rows).filter(i -> observed[i] == level).count();
            if (k == base || treated == 0 || treated == rows.length) {
                continue;
            }
            float[] conversionUplift = new float[rows.length];
            float[] spendUplift = new float[rows.length];
            float[] bought = new float[rows.length];
            float[] paid = new float[rows.length];
            boolean[] isTreated = new boolean[rows.length];
            for (int j = 0; j < rows.length; j++) {
                int i = rows[j];
                conversionUplift[j] = (float) (problem.probability(i, k) - problem.probability(i, base));
                spendUplift[j] = (float) (problem.revenue(i, k) - problem.revenue(i, base));
                bought[j] = labels[i];
                paid[j] = spend[i];
                isTreated[j] = observed[i] == k;
            }
            String name = problem.offers().level(k).name();
            String baseName = problem.offers().level(base).name();
            comparisons.add(comparison(name, baseName, "conversion", QiniCurve.of(conversionUplift, bought, isTreated)));
            comparisons.add(comparison(name, baseName, "spend", QiniCurve.of(spendUplift, paid, isTreated)));
        }
        return comparisons;
    }

    private static UpliftComparison comparison(String level, String baseline, String outcome, QiniCurve curve) {
        int treated = curve.deciles().stream().mapToInt(QiniCurve.UpliftDecile::treated).sum();
        int control = curve.deciles().stream().mapToInt(QiniCurve.UpliftDecile::control).sum();
        List<UpliftAtShare> atShares = new ArrayList<>();
        for (double share : UPLIFT_SHARES) {
            atShares.add(new UpliftAtShare(share, upliftOfTop(curve.deciles(), (int) Math.round(share * 10))));
        }
        return new UpliftComparison(level, baseline, outcome, treated, control, curve.qini(), curve.auuc(), atShares);
    }

    /** Observed uplift among the customers of the top {@code deciles} deciles of predicted uplift. */
    static double upliftOfTop(List<QiniCurve.UpliftDecile> deciles, int count) {
        double treatedSum = 0, controlSum = 0;
        long treated = 0, control = 0;
        for (QiniCurve.UpliftDecile decile : deciles) {
            if (decile.decile() > count) {
                continue;
            }
            if (decile.treated() > 0) {
                treatedSum += decile.treatedRate() * decile.treated();
                treated += decile.treated();
            }
            if (decile.control() > 0) {
                controlSum += decile.controlRate() * decile.control();
                control += decile.control();
            }
        }
        return treated == 0 || control == 0 ? Double.NaN : treatedSum / treated - controlSum / control;
    }

    private static double[] propensities(Dataset customers, String columnName, int[] rows) {
        if (columnName == null) {
            return null;
        }
        NumericColumn numbers = propensityColumn(customers, columnName);
        double[] propensity = new double[rows.length];
        for (int j = 0; j < rows.length; j++) {
            propensity[j] = numbers.get(rows[j]);
        }
        return propensity;
    }

    /** The named column of logged propensities; an error when it is absent or holds text. */
    static NumericColumn propensityColumn(Dataset customers, String columnName) {
        Column column = customers.column(columnName);
        if (!(column instanceof NumericColumn numbers)) {
            throw new DataException("The propensity column must hold probabilities (0.25), but it holds text.",
                    null, -1, columnName, null);
        }
        return numbers;
    }

    private static int[] pick(int[] values, int[] rows) {
        int[] picked = new int[rows.length];
        for (int j = 0; j < rows.length; j++) {
            picked[j] = values[rows[j]];
        }
        return picked;
    }

    /** The (customer, level) cells of the chosen customers, in their order. */
    private static float[] compact(float[] cells, int[] rows, int levels) {
        float[] picked = new float[rows.length * levels];
        for (int j = 0; j < rows.length; j++) {
            System.arraycopy(cells, rows[j] * levels, picked, j * levels, levels);
        }
        return picked;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }
}
