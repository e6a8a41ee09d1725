package com.discountworkbench.ui.inspect;

import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.PolicyResult;

/**
 * The discount the table calls "recommended" for each customer, and where it comes from: the Simulate step's
 * policy when there is one for these customers, else the unconstrained profit maximum of the scoring.
 *
 * @param source  which policy
 * @param problem the problem the levels index into (the policy's own, e.g. with guarded responses)
 * @param levels  per customer, the recommended level
 */
public record Recommendation(Source source, PolicyProblem problem, int[] levels) {

    /** Where the recommendation comes from. */
    public enum Source {
        /** The policy the analyst set up in the Simulate step. */
        SIMULATE,
        /** The most profitable level per customer, no constraints, default economics. */
        UNCONSTRAINED
    }

    /** The session's policy when it covers exactly these customers, else the scores' unconstrained optimum. */
    public static Recommendation choose(CustomerScores scores, PolicyResult sessionPolicy) {
        if (sessionPolicy != null && sessionPolicy.levels().length == scores.customers()) {
            return new Recommendation(Source.SIMULATE, sessionPolicy.problem(), sessionPolicy.levels());
        }
        return new Recommendation(Source.UNCONSTRAINED, scores.unconstrained().problem(),
                scores.unconstrained().levels());
    }

    public int level(int customer) {
        return levels[customer];
    }

    public double probability(int customer) {
        return problem.probability(customer, levels[customer]);
    }

    public double spend(int customer) {
        return problem.spend(customer, levels[customer]);
    }

    public double profit(int customer) {
        return problem.profit(customer, levels[customer]);
    }

    public String levelName(int level) {
        return problem.offers().level(level).name();
    }
}
