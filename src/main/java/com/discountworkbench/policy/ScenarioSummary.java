package com.discountworkbench.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures an analyst compares scenarios by: the policy's totals, the no-discount baseline, the best
 * uniform level (the single level that, given to everyone, earns the most expected profit, constraints not
 * applied), the increments over both, and the distribution of recommended levels overall and by segment.
 *
 * @param budget how the discount budget was used; null when no budget was set
 */
public record ScenarioSummary(Totals totals, String noDiscountLevel, Totals noDiscount, String bestUniformLevel,
                              Totals bestUniform, double incrementalProfitVsNoDiscount,
                              double incrementalProfitVsBestUniform, List<LevelShare> distribution,
                              List<SegmentDistribution> bySegment, BudgetOutcome budget) {

    public ScenarioSummary {
        distribution = List.copyOf(distribution);
        bySegment = List.copyOf(bySegment);
    }

    /** Summarizes a policy given as the level index of each customer. */
    public static ScenarioSummary of(PolicyProblem problem, int[] levels, BudgetOutcome budget) {
        Totals totals = Totals.of(problem, levels);
        int baseline = problem.baselineLevel();
        Totals noDiscount = Totals.uniform(problem, baseline);
        int bestLevel = baseline;
        Totals best = noDiscount;
        for (int k = 0; k < problem.levels(); k++) {
            Totals uniform = k == baseline ? noDiscount : Totals.uniform(problem, k);
            if (uniform.profit() > best.profit()) {
                best = uniform;
                bestLevel = k;
            }
        }
        long[][] counts = countBySegment(problem, levels);
        List<SegmentDistribution> bySegment = new ArrayList<>();
        long[] overall = new long[problem.levels()];
        for (int s = 0; s < counts.length; s++) {
            long members = 0;
            for (int k = 0; k < overall.length; k++) {
                overall[k] += counts[s][k];
                members += counts[s][k];
            }
            bySegment.add(new SegmentDistribution(problem.segments().names().get(s), members,
                    shares(problem, counts[s], members)));
        }
        return new ScenarioSummary(totals, levelName(problem, baseline), noDiscount, levelName(problem, bestLevel),
                best, totals.profit() - noDiscount.profit(), totals.profit() - best.profit(),
                shares(problem, overall, levels.length), bySegment, budget);
    }

    private static long[][] countBySegment(PolicyProblem problem, int[] levels) {
        long[][] counts = new long[problem.segments().count()][problem.levels()];
        for (int i = 0; i < levels.length; i++) {
            counts[problem.segments().code(i)][levels[i]]++;
        }
        return counts;
    }

    private static List<LevelShare> shares(PolicyProblem problem, long[] counts, long total) {
        List<LevelShare> shares = new ArrayList<>(counts.length);
        for (int k = 0; k < counts.length; k++) {
            shares.add(new LevelShare(levelName(problem, k), problem.discountRate(k), counts[k],
                    total == 0 ? 0 : (double) counts[k] / total));
        }
        return shares;
    }

    private static String levelName(PolicyProblem problem, int level) {
        return problem.offers().level(level).name();
    }
}
