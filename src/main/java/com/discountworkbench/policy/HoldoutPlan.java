package com.discountworkbench.policy;

import java.util.stream.IntStream;

/**
 * The levels to send, with a randomized control group: a seeded random share of customers (exactly
 * round(share · n) of them) is taken out of the recommendation and given a level drawn uniformly from
 * the candidate levels. Because those draws do not depend on the customer, the next campaign's outcomes
 * in the control group give unbiased off-policy estimates (propensity 1 / candidates) of any policy,
 * including this one. The same recommendation, share and seed always give the same plan. The draw goes
 * customer by customer ({@link ControlGroupDraw}), so a streamed export of a list larger than memory draws
 * the same control group.
 *
 * @param levels  per customer, the level to send (the recommendation, or the random draw in the control group)
 * @param holdout per customer, whether they are in the control group
 * @param share   the requested control share
 * @param seed    the seed of the draw
 */
public record HoldoutPlan(int[] levels, boolean[] holdout, double share, long seed) {

    /** No control group: send every customer the recommendation. */
    public static HoldoutPlan none(int[] recommended) {
        return new HoldoutPlan(recommended.clone(), new boolean[recommended.length], 0, 0);
    }

    public static HoldoutPlan draw(int[] recommended, int[] candidateLevels, double share, long seed) {
        ControlGroupDraw draw = new ControlGroupDraw(recommended.length, candidateLevels, share, seed);
        int[] levels = recommended.clone();
        boolean[] holdout = new boolean[recommended.length];
        for (int i = 0; i < recommended.length; i++) {
            if (draw.nextIsControl()) {
                holdout[i] = true;
                levels[i] = draw.level();
            }
        }
        return new HoldoutPlan(levels, holdout, share, seed);
    }

    /** The grid levels a control customer may be drawn: those within the maximum discount (all when null). */
    public static int[] candidateLevels(PolicyProblem problem, Double maxDiscount) {
        return IntStream.range(0, problem.levels())
                .filter(k -> maxDiscount == null || problem.discountRate(k) <= maxDiscount)
                .toArray();
    }

    public int controlCount() {
        int count = 0;
        for (boolean h : holdout) {
            count += h ? 1 : 0;
        }
        return count;
    }
}
