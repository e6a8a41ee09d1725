package com.discountworkbench.ui.prepare;

import com.discountworkbench.data.Dataset;

/** Evenly spaced rows of a dataset: a cheap, deterministic sample that covers the whole file, not just its start. */
final class SampleRows {
    private SampleRows() {
    }

    /** At most {@code limit} row indices, ascending, spread over all rows. */
    static int[] of(Dataset data, int limit) {
        int rows = data.rowCount();
        int count = Math.min(rows, limit);
        int[] picked = new int[count];
        for (int i = 0; i < count; i++) {
            picked[i] = (int) ((long) i * rows / count);
        }
        return picked;
    }

    /** The first {@code limit} rows. */
    static int[] first(Dataset data, int limit) {
        int[] picked = new int[Math.min(data.rowCount(), limit)];
        for (int i = 0; i < picked.length; i++) {
            picked[i] = i;
        }
        return picked;
    }
}
