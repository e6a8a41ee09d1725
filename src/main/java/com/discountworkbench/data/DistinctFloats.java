package com.discountworkbench.data;

import java.util.Arrays;

/**
 * Counts distinct non-missing floats with an open-addressing set of their bit patterns. One instance is reused
 * for every column of a dataset so profiling a million rows does not leave a table of garbage per column.
 */
final class DistinctFloats {
    private static final int EMPTY = 0x7fc00001; // a NaN pattern no parsed value carries (missing is canonical NaN)
    private int[] table = new int[1 << 10];

    int count(float[] values) {
        Arrays.fill(table, EMPTY);
        int mask = table.length - 1;
        int distinct = 0;
        for (float v : values) {
            if (Float.isNaN(v)) {
                continue;
            }
            int bits = Float.floatToRawIntBits(v == 0f ? 0f : v); // -0 and +0 are the same value
            int slot = mix(bits) & mask;
            while (table[slot] != EMPTY && table[slot] != bits) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] == EMPTY) {
                table[slot] = bits;
                distinct++;
                if (2 * distinct > table.length) {
                    grow();
                    mask = table.length - 1;
                }
            }
        }
        return distinct;
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
