package com.discountworkbench.model;

import java.util.SplittableRandom;

/** Seeded random permutations, so shuffles are reproducible. */
public final class RandomOrder {
    private RandomOrder() {
    }

    /** The numbers 0..n−1 in a uniformly random order (Fisher–Yates). */
    public static int[] permutation(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
