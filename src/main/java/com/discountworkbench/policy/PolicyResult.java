package com.discountworkbench.policy;

/**
 * A recommended policy: the level index chosen for each customer and its summary.
 *
 * @param problem     the problem the levels were chosen on (with guarded responses when the monotone guard
 *                    was on), so exports report the same figures the optimizer used
 * @param constraints the scenario's goal and limits
 * @param levels      per customer, an index into the grid ({@code problem.offers().level(k)})
 * @param summary     totals, baselines and the distribution of recommendations
 */
public record PolicyResult(PolicyProblem problem, PolicyConstraints constraints, int[] levels,
                           ScenarioSummary summary) {
}
