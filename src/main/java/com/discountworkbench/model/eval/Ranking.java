package com.discountworkbench.model.eval;

import java.util.Arrays;

/** Sorting rows by score, shared by every metric that ranks customers. */
final class Ranking {
    private Ranking() {
    }

    /**
     * Row indices from the highest score to the lowest; equal scores keep their input order. Sorting packed
     * primitive keys keeps this fast for millions of rows.
     */
    static int[] descending(float[] scores) {
        long[] keys = new long[scores.length];
        for (int i = 0; i < scores.length; i++) {
            float score = scores[i];
            if (Float.isNaN(score)) {
                throw new IllegalArgumentException("Score of row " + i + " is NaN");
            }
            int bits = Float.floatToIntBits(score == 0f ? 0f : score); // -0 and 0 tie
            int ascending = bits ^ ((bits >> 31) & 0x7fffffff);     // int order == float order
            keys[i] = ((long) ~ascending << 32) | i;                  // complement: high scores first
        }
        Arrays.sort(keys);
        int[] order = new int[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    /** Start of each of {@code groups} near-equal slices of {@code rows} ranked rows, plus {@code rows} at the end. */
    static int[] sliceStarts(int rows, int groups) {
        int[] starts = new int[groups + 1];
        for (int g = 0; g <= groups; g++) {
            starts[g] = (int) ((long) rows * g / groups);
        }
        return starts;
    }

    static void requireSameLength(float[] predictions, float[] actual) {
        if (predictions.length != actual.length) {
            throw new IllegalArgumentException(predictions.length + " predictions for " + actual.length + " outcomes");
        }
        if (predictions.length == 0) {
            throw new IllegalArgumentException("No rows to evaluate");
        }
    }

    static boolean isPositive(float label) {
        return label > 0.5f;
    }
}
