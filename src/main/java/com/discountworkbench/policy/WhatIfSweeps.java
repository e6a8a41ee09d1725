package com.discountworkbench.policy;

import com.discountworkbench.task.TaskMonitor;

/**
 * The two what-if curves shown beside a scenario: the optimized policy's totals as the minimum margin moves from
 * none to {@link #MAX_MIN_MARGIN}, and as the discount budget moves from nothing to what the scenario spends
 * without a budget. The same scenario always gives the same curves, so the screen and the chart export agree.
 *
 * @param minMargin one point per minimum margin, every other limit as in the scenario
 * @param budget    one point per budget, every other limit as in the scenario
 */
public record WhatIfSweeps(SweepTable minMargin, SweepTable budget) {
    public static final double MAX_MIN_MARGIN = 0.6;
    public static final int STEPS = 12;

    public static WhatIfSweeps of(Simulator simulator, PolicyProblem problem, PolicyConstraints constraints,
                                  TaskMonitor monitor) {
        double[] margins = new double[STEPS + 1];
        for (int s = 0; s <= STEPS; s++) {
            margins[s] = MAX_MIN_MARGIN * s / STEPS;
        }
        SweepTable minMargin = simulator.minMarginSweep(problem, constraints, margins, monitor);
        monitor.checkCancelled();
        double[] budgets = simulator.budgetRange(problem, constraints, STEPS);
        return new WhatIfSweeps(minMargin, simulator.budgetSweep(problem, constraints, budgets, monitor));
    }
}
