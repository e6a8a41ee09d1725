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
        PolicyProblem used = new ChunkOptimizer(constraints).used(problem);
        monitor.progress(0, "Scoring offers");
        CellScores cells = CellScores.build(used, constraints, monitor);
        Choices choice = Choices.inMemory(used.customers());
        BudgetOutcome budget = null;
        if (constraints.budget() == null) {
            BudgetSolver.choose(cells, 0, choice);
        } else {
            budget = BudgetSolver.solve(cells, constraints.budget(), choice, Integer.MAX_VALUE, monitor);
        }
        monitor.checkCancelled();
        monitor.progress(1, "Policy ready");
        int[] levels = choice.levels(0, used.customers());
        return new PolicyResult(used, constraints, levels, ScenarioSummary.of(used, levels, budget));
    }
}
