package com.discountworkbench.policy;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Smooths each customer's predicted P(buy) so it never falls as the discount rises: a running maximum
 * over the levels in order of discount rate. Levels with the same rate (named offers) are not forced
 * above one another; each is lifted to at least the best P(buy) of every cheaper level.
 * A running maximum only raises predictions, it never lowers one: a dip is read as model noise, and the
 * lifted level still pays its larger discount, so the guard cannot make a deeper discount look better
 * than the cheaper level whose P(buy) it copied. Expected spend is left as predicted.
 */
public final class MonotoneGuard {
    private MonotoneGuard() {
    }

    /** The guarded copy of the responses; the input is not changed. */
    public static ResponseMatrix apply(ResponseMatrix responses, double[] discountRates) {
        int levels = responses.levelCount();
        int[] order = IntStream.range(0, levels).boxed()
                .sorted((a, b) -> Double.compare(discountRates[a], discountRates[b]))
                .mapToInt(Integer::intValue).toArray();
        int[] groupEnd = groupEnds(order, discountRates);
        float[] source = responses.purchaseProbability();
        float[] guarded = Arrays.copyOf(source, source.length);
        for (int base = 0; base < guarded.length; base += levels) {
            float carried = Float.NEGATIVE_INFINITY;
            int start = 0;
            while (start < levels) {
                float groupMax = carried;
                for (int j = start; j < groupEnd[start]; j++) {
                    int cell = base + order[j];
                    float lifted = Math.max(guarded[cell], carried);
                    guarded[cell] = lifted;
                    groupMax = Math.max(groupMax, lifted);
                }
                carried = groupMax;
                start = groupEnd[start];
            }
        }
        return new ResponseMatrix(responses.levels(), responses.customers(), guarded, responses.expectedSpend());
    }

    /** For each position in the sorted order, where its group of equal rates ends (exclusive). */
    private static int[] groupEnds(int[] order, double[] rates) {
        int[] ends = new int[order.length];
        int j = 0;
        while (j < order.length) {
            int end = j + 1;
            while (end < order.length && rates[order[end]] == rates[order[j]]) {
                end++;
            }
            for (int i = j; i < end; i++) {
                ends[i] = end;
            }
            j = end;
        }
        return ends;
    }
}
