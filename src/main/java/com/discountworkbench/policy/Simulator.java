package com.discountworkbench.policy;

import com.discountworkbench.task.TaskMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * What-if analysis around a scenario: reference policies (no discount, every uniform level, the
 * historical policy) and sweeps of one limit with the others held fixed.
 */
public final class Simulator {
    private final PolicyOptimizer optimizer;

    public Simulator(PolicyOptimizer optimizer) {
        this.optimizer = optimizer;
    }

    public Simulator() {
        this(new PolicyOptimizer());
    }

    /**
     * No discount, then each uniform level in grid order, then — when {@code observedLevels} is not null —
     * the historical policy: each customer at the level the data records (customers without a recorded
     * level, -1, count at the baseline level).
     */
    public List<Baseline> baselines(PolicyProblem problem, int[] observedLevels) {
        int baseline = problem.baselineLevel();
        Totals none = Totals.uniform(problem, baseline);
        List<Baseline> baselines = new ArrayList<>();
        baselines.add(new Baseline("no discount", Baseline.Kind.NO_DISCOUNT, none, 0));
        for (int k = 0; k < problem.levels(); k++) {
            Totals uniform = k == baseline ? none : Totals.uniform(problem, k);
            baselines.add(new Baseline(problem.offers().level(k).name(), Baseline.Kind.UNIFORM, uniform,
                    uniform.profit() - none.profit()));
        }
        if (observedLevels != null) {
            int[] levels = new int[observedLevels.length];
            for (int i = 0; i < levels.length; i++) {
                levels[i] = observedLevels[i] < 0 ? baseline : observedLevels[i];
            }
            Totals historical = Totals.of(problem, levels);
            baselines.add(new Baseline("historical", Baseline.Kind.HISTORICAL, historical,
                    historical.profit() - none.profit()));
        }
        return baselines;
    }

    /** Re-optimizes at each minimum margin (a share of the discounted price). */
    public SweepTable minMarginSweep(PolicyProblem problem, PolicyConstraints constraints, double[] minMargins,
                                     TaskMonitor monitor) {
        return sweep(SweepTable.MIN_MARGIN, problem, minMargins, constraints::withMinMargin, monitor);
    }

    /** Re-optimizes at each total discount budget. */
    public SweepTable budgetSweep(PolicyProblem problem, PolicyConstraints constraints, double[] budgets,
                                  TaskMonitor monitor) {
        return sweep(SweepTable.BUDGET, problem, budgets, constraints::withBudget, monitor);
    }

    /**
     * Budgets from 0 to what the scenario spends without a budget, in {@code steps} equal steps: the range
     * where a budget changes anything.
     */
    public double[] budgetRange(PolicyProblem problem, PolicyConstraints constraints, int steps) {
        double unconstrained = optimizer.optimize(problem, constraints.withBudget(null)).summary().totals()
                .discountCost();
        double[] budgets = new double[steps + 1];
        for (int s = 0; s <= steps; s++) {
            budgets[s] = unconstrained * s / steps;
        }
        return budgets;
    }

    private SweepTable sweep(String parameter, PolicyProblem problem, double[] values,
                             DoubleFunction<PolicyConstraints> constraintsAt, TaskMonitor monitor) {
        List<SweepPoint> points = new ArrayList<>(values.length);
        for (int s = 0; s < values.length; s++) {
            monitor.checkCancelled();
            monitor.progress((double) s / values.length, "Sweeping the " + parameter);
            PolicyResult result = optimizer.optimize(problem, constraintsAt.apply(values[s]), monitor);
            points.add(new SweepPoint(values[s], result.summary().totals()));
        }
        return new SweepTable(parameter, points);
    }
}
