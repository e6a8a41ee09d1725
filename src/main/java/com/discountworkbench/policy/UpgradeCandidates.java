package com.discountworkbench.policy;

/**
 * The best-ranked upgrades of one greedy-fill batch, at most {@code capacity}: a min-heap on the rank key, so the
 * worst kept candidate is the one a better newcomer replaces. Each key carries the level to upgrade to and the
 * extra discount cost. {@link #sortBestFirst()} turns the heap into a list, best first.
 */
final class UpgradeCandidates {
    private final long[] keys;
    private final byte[] levels;
    private final double[] extraCosts;
    private int size;

    UpgradeCandidates(int capacity) {
        keys = new long[capacity];
        levels = new byte[capacity];
        extraCosts = new double[capacity];
    }

    int size() {
        return size;
    }

    int capacity() {
        return keys.length;
    }

    void clear() {
        size = 0;
    }

    void offer(long key, int level, double extraCost) {
        if (size < keys.length) {
            put(size, key, level, extraCost);
            siftUp(size++);
        } else if (key > keys[0]) {
            put(0, key, level, extraCost);
            siftDown(0, size);
        }
    }

    /** Heapsort: the smallest key goes to the end each time, which leaves the best first. */
    void sortBestFirst() {
        for (int end = size - 1; end > 0; end--) {
            swap(0, end);
            siftDown(0, end);
        }
    }

    long key(int i) {
        return keys[i];
    }

    int level(int i) {
        return levels[i];
    }

    double extraCost(int i) {
        return extraCosts[i];
    }

    private void put(int i, long key, int level, double extraCost) {
        keys[i] = key;
        levels[i] = (byte) level;
        extraCosts[i] = extraCost;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (keys[parent] <= keys[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i, int end) {
        while (true) {
            int smallest = i;
            int left = 2 * i + 1;
            int right = left + 1;
            if (left < end && keys[left] < keys[smallest]) {
                smallest = left;
            }
            if (right < end && keys[right] < keys[smallest]) {
                smallest = right;
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        long key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
        byte level = levels[a];
        levels[a] = levels[b];
        levels[b] = level;
        double cost = extraCosts[a];
        extraCosts[a] = extraCosts[b];
        extraCosts[b] = cost;
    }
}
