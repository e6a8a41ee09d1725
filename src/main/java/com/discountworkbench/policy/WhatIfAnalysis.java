package com.discountworkbench.policy;

import com.discountworkbench.data.DataException;
import com.discountworkbench.task.TaskMonitor;
import java.util.ArrayList;
import java.util.List;

/**
 * The what-if run behind {@code simulate}: optimizes the scenario, sets it against the baselines, sweeps the
 * minimum margin and the budget, and checks it against campaign history when the file has some.
 */
public final class WhatIfAnalysis {
    /** Budgets swept by default: 0 to the unconstrained discount cost in this many steps. */
    public static final int DEFAULT_BUDGET_STEPS = 10;

    private final PolicyOptimizer optimizer = new PolicyOptimizer();
    private final Simulator simulator = new Simulator(optimizer);

    public SimulationReport run(PolicyInputs inputs, PolicyConstraints constraints,
                                HistorySettings history, TaskMonitor monitor) {
        if (history.propensityColumn() != null) {
            HistoryEvaluator.propensityColumn(inputs.customers(), history.propensityColumn());
        }
        PolicyProblem problem = inputs.problem();
        PolicyResult result = optimizer.optimize(problem, constraints, monitor);
        List<Baseline> baselines = simulator.baselines(result.problem(), inputs.observedLevels());
        WhatIfSweeps sweeps = WhatIfSweeps.of(simulator, problem, constraints, DEFAULT_BUDGET_STEPS, monitor);
        List<String> notes = new ArrayList<>(inputs.notes());
        String unavailable = HistoryEvaluator.unavailableReason(inputs.scored(), problem.responses().levels());
        HistoryEvaluation evaluation = null;
        if (unavailable == null) {
            try {
                evaluation = HistoryEvaluator.evaluate(inputs.scored(), result, history, monitor);
            } catch (DataException unusable) {
                // The what-if figures stand on their own; outcomes that cannot be read only lose their check.
                notes.add("No check against history: " + unusable.getMessage());
            }
        } else {
            notes.add(unavailable);
        }
        return new SimulationReport(problem.offers().offers(), constraints, result.summary(), baselines,
                sweeps.minMargin(), sweeps.budget(), evaluation, notes);
    }
}
