package com.discountworkbench.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Builder builder = new Builder(problem.offers());
        builder.add(problem, levels);
        return builder.build(budget, problem.segments().names());
    }

    /**
     * Sums the summary's figures over customers that come in chunks, in customer order, so the totals are the
     * same to the last bit as for all customers at once.
     */
    public static final class Builder {
        private final OfferGrid offers;
        private final Totals.Accumulator policy = new Totals.Accumulator();
        private final Totals.Accumulator[] uniform;
        private final Map<String, long[]> countsBySegment = new HashMap<>();
        private long customers;

        public Builder(OfferGrid offers) {
            this.offers = offers;
            this.uniform = new Totals.Accumulator[offers.size()];
            for (int k = 0; k < uniform.length; k++) {
                uniform[k] = new Totals.Accumulator();
            }
        }

        /** Adds the customers of a chunk with their levels. */
        public void add(PolicyProblem chunk, int[] levels) {
            for (int i = 0; i < levels.length; i++) {
                policy.add(chunk, i, levels[i]);
            }
            for (int k = 0; k < uniform.length; k++) {
                for (int i = 0; i < levels.length; i++) {
                    uniform[k].add(chunk, i, k);
                }
            }
            Segments segments = chunk.segments();
            for (int i = 0; i < levels.length; i++) {
                String segment = segments.names().get(segments.code(i));
                countsBySegment.computeIfAbsent(segment, name -> new long[uniform.length])[levels[i]]++;
            }
            customers += levels.length;
        }

        /** @param segmentNames every segment, in the order the distribution lists them */
        public ScenarioSummary build(BudgetOutcome budget, List<String> segmentNames) {
            Totals totals = policy.totals(customers);
            int baseline = offers.baselineLevel();
            Totals noDiscount = uniform[baseline].totals(customers);
            int bestLevel = baseline;
            Totals best = noDiscount;
            for (int k = 0; k < uniform.length; k++) {
                Totals candidate = uniform[k].totals(customers);
                if (candidate.profit() > best.profit()) {
                    best = candidate;
                    bestLevel = k;
                }
            }
            List<SegmentDistribution> bySegment = new ArrayList<>();
            long[] overall = new long[uniform.length];
            for (String segment : segmentNames) {
                long[] counts = countsBySegment.getOrDefault(segment, new long[uniform.length]);
                long members = 0;
                for (int k = 0; k < overall.length; k++) {
                    overall[k] += counts[k];
                    members += counts[k];
                }
                bySegment.add(new SegmentDistribution(segment, members, shares(counts, members)));
            }
            return new ScenarioSummary(totals, levelName(baseline), noDiscount, levelName(bestLevel), best,
                    totals.profit() - noDiscount.profit(), totals.profit() - best.profit(),
                    shares(overall, customers), bySegment, budget);
        }

        private List<LevelShare> shares(long[] counts, long total) {
            List<LevelShare> shares = new ArrayList<>(counts.length);
            for (int k = 0; k < counts.length; k++) {
                shares.add(new LevelShare(levelName(k), offers.discountRate(k), counts[k],
                        total == 0 ? 0 : (double) counts[k] / total));
            }
            return shares;
        }

        private String levelName(int level) {
            return offers.level(level).name();
        }
    }
}
