package com.discountworkbench.policy;

import com.discountworkbench.data.DataException;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The levels to send, with a randomized control group: a seeded random share of customers (exactly
 * round(share · n) of them) is taken out of the recommendation and given a level drawn uniformly from
 * the candidate levels. Because those draws do not depend on the customer, the next campaign's outcomes
 * in the control group give unbiased off-policy estimates (propensity 1 / candidates) of any policy,
 * including this one. The same recommendation, share and seed always give the same plan.
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
        if (!(share >= 0 && share <= 1)) {
            throw new DataException("The holdout share must be between 0 and 1 (write 10 % as 0.10), got " + share + ".");
        }
        if (candidateLevels.length == 0) {
            throw new DataException("No discount level is allowed for the control group.");
        }
        int n = recommended.length;
        int controls = (int) Math.round(share * n);
        int[] levels = recommended.clone();
        boolean[] holdout = new boolean[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int j = 0; j < controls; j++) {
            int pick = j + random.nextInt(n - j);
            int customer = order[pick];
            order[pick] = order[j];
            order[j] = customer;
            holdout[customer] = true;
            levels[customer] = candidateLevels[random.nextInt(candidateLevels.length)];
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
