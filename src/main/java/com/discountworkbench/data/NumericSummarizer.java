package com.discountworkbench.data;

import java.util.Arrays;

/**
 * Missing count, min, max, sum and distinct count of a float column in one pass. Distinct values are counted
 * with an open-addressing set of bit patterns; one instance is reused for every column of a dataset so
 * profiling a million rows does not leave a table of garbage per column.
 */
final class NumericSummarizer {
    private static final int EMPTY = 0x7fc00001; // a NaN pattern no parsed value carries (missing is canonical NaN)
    private int[] table = new int[1 << 10];

    int missing;
    int distinct;
    double min;
    double max;
    double sum;

    void summarize(float[] values) {
        Arrays.fill(table, EMPTY);
        int mask = table.length - 1;
        int[] slots = table;
        int missingCount = 0;
        int distinctCount = 0;
        float low = Float.POSITIVE_INFINITY;
        float high = Float.NEGATIVE_INFINITY;
        double total = 0;
        for (float v : values) {
            if (v != v) {
                missingCount++;
                continue;
            }
            if (v < low) {
                low = v;
            }
            if (v > high) {
                high = v;
            }
            total += v;
            int bits = Float.floatToRawIntBits(v == 0f ? 0f : v); // -0 and +0 are the same value
            int slot = mix(bits) & mask;
            int held;
            while ((held = slots[slot]) != bits && held != EMPTY) {
                slot = (slot + 1) & mask;
            }
            if (held == EMPTY) {
                slots[slot] = bits;
                if (2 * ++distinctCount > slots.length) {
                    grow();
                    slots = table;
                    mask = slots.length - 1;
                }
            }
        }
        missing = missingCount;
        distinct = distinctCount;
        min = asWritten(low);
        max = asWritten(high);
        sum = total;
    }

    /** The double that prints like the float (0.3, not 0.30000001192092896): values were read as float32. */
    private static double asWritten(float value) {
        return Float.isInfinite(value) ? value : Double.parseDouble(Float.toString(value));
    }

    private void grow() {
        int[] old = table;
        table = new int[old.length * 2];
        Arrays.fill(table, EMPTY);
        int mask = table.length - 1;
        for (int bits : old) {
            if (bits != EMPTY) {
                int slot = mix(bits) & mask;
                while (table[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = bits;
            }
        }
    }

    private static int mix(int bits) {
        int h = bits * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
