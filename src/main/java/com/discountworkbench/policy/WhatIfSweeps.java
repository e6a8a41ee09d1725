package com.discountworkbench.policy;

import com.discountworkbench.task.TaskMonitor;

/**
 * The two what-if curves shown beside a scenario: the optimized policy's totals as the minimum margin moves from
 * none to {@link #MAX_MIN_MARGIN} in 5-point steps, and as the discount budget moves from nothing to what the
 * scenario spends without a budget. The same scenario always gives the same curves, so the screen, the chart
 * export and {@code simulate} agree.
 *
 * @param minMargin one point per minimum margin, every other limit as in the scenario
 * @param budget    one point per budget, every other limit as in the scenario
 */
public record WhatIfSweeps(SweepTable minMargin, SweepTable budget) {
    public static final double MAX_MIN_MARGIN = 0.6;
    /** Steps of both curves on the Simulate screen; the minimum margin always moves in 5-point steps. */
    public static final int STEPS = 12;

    public static WhatIfSweeps of(Simulator simulator, PolicyProblem problem, PolicyConstraints constraints,
                                  TaskMonitor monitor) {
        return of(simulator, problem, constraints, STEPS, monitor);
    }

    /** @param budgetSteps budget points after the first (no budget at all) */
    public static WhatIfSweeps of(Simulator simulator, PolicyProblem problem, PolicyConstraints constraints,
                                  int budgetSteps, TaskMonitor monitor) {
        double[] margins = new double[STEPS + 1];
        for (int s = 0; s <= STEPS; s++) {
            // Whole percentages, so the points read 0.05, 0.10, … rather than 0.049999….
            margins[s] = Math.round(MAX_MIN_MARGIN * 100 * s / STEPS) / 100.0;
        }
        SweepTable minMargin = simulator.minMarginSweep(problem, constraints, margins, monitor);
        monitor.checkCancelled();
        double[] budgets = simulator.budgetRange(problem, constraints, budgetSteps);
        return new WhatIfSweeps(minMargin, simulator.budgetSweep(problem, constraints, budgets, monitor));
    }
}
