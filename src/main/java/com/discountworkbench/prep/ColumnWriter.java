package com.discountworkbench.prep;

/**
 * Writes one fitted column's features for a block of rows into a row-major matrix, bound to one dataset.
 * Output row {@code i} (the data row {@code rows[i]}) starts at {@code i * stride + offset}; the matrix is
 * zero-filled beforehand, so one-hot writers set only their ones.
 */
@FunctionalInterface
public interface ColumnWriter {

    void write(int[] rows, int from, int to, float[] out, int stride, int offset);

    /** The same features for every row, e.g. a treatment level set for all customers. */
    static ColumnWriter constant(float[] features) {
        return (rows, from, to, out, stride, offset) -> {
            for (int i = from; i < to; i++) {
                System.arraycopy(features, 0, out, i * stride + offset, features.length);
            }
        };
    }
}
