package com.discountworkbench.prep;

import com.discountworkbench.data.DataException;
import java.util.List;

/**
 * Fills a row-major matrix column writer by column writer, a block of rows at a time so the block being
 * written stays in the CPU cache (a million rows × 30 features is 120 MB).
 */
final class FeatureAssembler {
    private static final int BLOCK_ROWS = 2048;

    private FeatureAssembler() { }

    /**
     * @param rows    the data rows to encode, in output order
     * @param writers one writer per fitted column, in feature order
     * @param widths  how many features each writer produces
     */
    static FeatureMatrix assemble(int[] rows, List<ColumnWriter> writers, int[] widths, List<String> names) {
        int stride = names.size();
        long size = (long) rows.length * stride;
        if (size > Integer.MAX_VALUE - 8) {
            throw new DataException(rows.length + " rows × " + stride + " features do not fit in one matrix. "
                    + "Score the file in parts.");
        }
        float[] out = new float[(int) size];
        int[] offsets = new int[widths.length];
        for (int w = 1; w < widths.length; w++) {
            offsets[w] = offsets[w - 1] + widths[w - 1];
        }
        for (int from = 0; from < rows.length; from += BLOCK_ROWS) {
            int to = Math.min(from + BLOCK_ROWS, rows.length);
            for (int w = 0; w < writers.size(); w++) {
                writers.get(w).write(rows, from, to, out, stride, offsets[w]);
            }
        }
        return new FeatureMatrix(out, rows.length, names);
    }
}
