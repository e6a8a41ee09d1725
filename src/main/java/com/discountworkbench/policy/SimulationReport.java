package com.discountworkbench.policy;

import java.util.List;

/**
 * A what-if run on one customer file: the recommended policy with its baselines, how it moves with the
 * minimum margin and the budget, and, when the file has campaign history, what that history says.
 *
 * @param offers         each level's discount rate and fixed cost
 * @param constraints    goal and limits of the scenario
 * @param recommended    totals, increments and distribution of the recommendation
 * @param baselines      no discount, each uniform level, and the historical policy when the file has one
 * @param minMarginSweep the recommendation re-optimized at each minimum margin
 * @param budgetSweep    the recommendation re-optimized at each budget
 * @param history        off-policy estimates and uplift; null when the file has no outcomes
 * @param notes          what the analyst should know (why there is no history section, extrapolation)
 */
public record SimulationReport(List<OfferEconomics> offers, PolicyConstraints constraints,
                               ScenarioSummary recommended, List<Baseline> baselines, SweepTable minMarginSweep,
                               SweepTable budgetSweep, HistoryEvaluation history, List<String> notes) {

    public SimulationReport {
        offers = List.copyOf(offers);
        baselines = List.copyOf(baselines);
        notes = List.copyOf(notes);
    }
}
