package com.discountworkbench.policy;

import com.discountworkbench.task.TaskMonitor;

/**
 * Chooses each customer's level: the allowed level with the best objective, or, under a discount
 * budget, the Lagrangian choice with a greedy fill (see {@link BudgetSolver}). Constraints restrict which
 * levels a customer may get (maximum discount, per-segment maximum discount, minimum margin after
 * discount, profit floor); the baseline level stays allowed so every customer has an answer.
 */
public final class PolicyOptimizer {

    public PolicyResult optimize(PolicyProblem problem, PolicyConstraints constraints) {
        return optimize(problem, constraints, TaskMonitor.NONE);
    }

    public PolicyResult optimize(PolicyProblem problem, PolicyConstraints constraints, TaskMonitor monitor) {
        PolicyProblem used = constraints.monotoneGuard() ? guarded(problem) : problem;
        monitor.progress(0, "Scoring offers");
        CellScores cells = CellScores.build(used, constraints, monitor);
        int[] levels = new int[used.customers()];
        BudgetOutcome budget = null;
        if (constraints.budget() == null) {
            cells.choose(0, levels);
        } else {
            budget = BudgetSolver.solve(cells, constraints.budget(), levels, monitor);
        }
        monitor.checkCancelled();
        monitor.progress(1, "Policy ready");
        return new PolicyResult(used, constraints, levels, ScenarioSummary.of(used, levels, budget));
    }

    private static PolicyProblem guarded(PolicyProblem problem) {
        double[] rates = new double[problem.levels()];
        for (int k = 0; k < rates.length; k++) {
            rates[k] = problem.discountRate(k);
        }
        return problem.withResponses(MonotoneGuard.apply(problem.responses(), rates));
    }
}
