package com.discountworkbench.ui.inspect;

import java.util.Arrays;

/**
 * Orders customers by a float key with one primitive sort: each (key, customer) pair is packed into a long whose
 * natural order is the key's order, so 1,000,000 rows sort in well under a second without boxing a single value.
 * Missing keys (NaN) come last in both directions; ties keep customer order.
 */
final class SortedRows {
    private SortedRows() {
    }

    /** The first {@code count} entries of {@code rows} ordered by {@code key[row]}. */
    static int[] byKey(int[] rows, int count, float[] key, boolean ascending) {
        long[] packed = new long[count];
        for (int i = 0; i < count; i++) {
            float value = ascending ? key[rows[i]] : -key[rows[i]];
            packed[i] = ((long) sortableBits(value) << 32) | rows[i];
        }
        Arrays.sort(packed);
        int[] sorted = new int[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = (int) packed[i];
        }
        return sorted;
    }

    /** An int whose signed order is the float's order (NaN after +infinity). */
    private static int sortableBits(float value) {
        int bits = Float.floatToIntBits(value);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    /**
     * Each id's position in id order: numbers by value (so "9" precedes "10"), then text. Ranks are stored as floats
     * so they sort like every other column; exact up to 16 million customers.
     */
    static float[] ranks(String[] ids) {
        double[] numbers = new double[ids.length];
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            numbers[i] = number(ids[i]);
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> compareIds(ids, numbers, a, b));
        float[] rank = new float[ids.length];
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
        }
        return rank;
    }

    private static int compareIds(String[] ids, double[] numbers, int a, int b) {
        boolean aNumber = !Double.isNaN(numbers[a]);
        boolean bNumber = !Double.isNaN(numbers[b]);
        if (aNumber && bNumber) {
            return Double.compare(numbers[a], numbers[b]);
        }
        if (aNumber != bNumber) {
            return aNumber ? -1 : 1;
        }
        return ids[a].compareTo(ids[b]);
    }

    /** The id's value when it is a plain decimal number, else NaN. */
    private static double number(String id) {
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.' || c == '-')) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(id);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
