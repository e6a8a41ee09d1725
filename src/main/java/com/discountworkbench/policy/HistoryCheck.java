package com.discountworkbench.policy;

import com.discountworkbench.data.Dataset;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What a recommended policy would have earned on the customer file's own history: the customers whose recorded
 * treatment is on the grid and whose spend is known are the logged campaign, with propensities equal to the
 * observed share of each level (right when the treatment was assigned at random). The reward is the realized
 * profit, so the estimates sit beside the model's predicted profit per customer.
 */
public final class HistoryCheck {
    private final int[] customers;
    private final int[] observedAll;
    private final double[] spendAll;

    private HistoryCheck(int[] customers, int[] observedAll, double[] spendAll) {
        this.customers = customers;
        this.observedAll = observedAll;
        this.spendAll = spendAll;
    }

    /**
     * The history of these customers on this grid; empty when the file records no treatment or no spend, or no
     * customer's treatment is on the grid.
     */
    public static Optional<HistoryCheck> of(PolicyCustomers inputs, List<TreatmentLevel> grid) {
        FittedPreprocessor prep = inputs.model().preprocessing();
        Dataset data = inputs.data();
        if (!prep.hasTreatment() || prep.valueColumn() == null || data.find(prep.valueColumn()).isEmpty()
                || data.find(prep.treatment().column()).isEmpty()) {
            return Optional.empty();
        }
        int[] observed = prep.observedLevels(data, grid);
        int[] logged = IntStream.range(0, observed.length).filter(i -> observed[i] >= 0).toArray();
        if (logged.length == 0) {
            return Optional.empty();
        }
        float[] values = prep.values(data);
        double[] spend = new double[values.length];
        for (int i = 0; i < spend.length; i++) {
            spend[i] = values[i];
        }
        return Optional.of(new HistoryCheck(logged, observed, spend));
    }

    /** Customers in the logged history. */
    public int rows() {
        return customers.length;
    }

    /** IPS, self-normalized IPS and doubly robust profit per customer, and the model's own prediction. */
    public OpeReport evaluate(PolicyResult result, OffPolicyEvaluator evaluator, TaskMonitor monitor) {
        PolicyProblem problem = result.problem();
        if (problem.customers() != observedAll.length) {
            throw new IllegalArgumentException("The policy is for " + problem.customers() + " customers, the history "
                    + "for " + observedAll.length);
        }
        // Customers outside the history get a placeholder level so the shared formula can run over everyone.
        int[] levelForProfit = observedAll.clone();
        for (int i = 0; i < levelForProfit.length; i++) {
            levelForProfit[i] = Math.max(0, levelForProfit[i]);
        }
        double[] realized = LoggedOutcomes.realizedProfit(problem, levelForProfit, spendAll);
        int levels = problem.levels();
        float[] predicted = PredictedRewards.profit(problem);
        int n = customers.length;
        int[] observed = new int[n];
        double[] reward = new double[n];
        int[] policy = new int[n];
        float[] predictedLogged = new float[n * levels];
        for (int j = 0; j < n; j++) {
            int i = customers[j];
            observed[j] = observedAll[i];
            reward[j] = realized[i];
            policy[j] = result.levels()[i];
            System.arraycopy(predicted, i * levels, predictedLogged, j * levels, levels);
        }
        LoggedOutcomes logged = LoggedOutcomes.withObservedShares(observed, reward, levels);
        return evaluator.evaluate(logged, policy, predictedLogged, levels, monitor);
    }
}
