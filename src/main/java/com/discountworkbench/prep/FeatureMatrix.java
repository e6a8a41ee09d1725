package com.discountworkbench.prep;

import java.util.List;

/**
 * Model inputs as one row-major float32 block: row r, feature f is {@code values[r * columns + f]}.
 *
 * @param values   the numbers; length rows × columns
 * @param rows     number of customers
 * @param names    one name per feature (for example {@code device=mobile}, {@code sessions})
 */
public record FeatureMatrix(float[] values, int rows, List<String> names) {

    public FeatureMatrix {
        names = List.copyOf(names);
        if ((long) rows * names.size() != values.length) {
            throw new IllegalArgumentException("Expected " + rows + " × " + names.size() + " values, got "
                    + values.length);
        }
    }

    public int columns() {
        return names.size();
    }

    public float get(int row, int feature) {
        return values[row * columns() + feature];
    }

    /** The given rows, in that order. */
    public FeatureMatrix select(int[] rowIndices) {
        int width = columns();
        float[] picked = new float[rowIndices.length * width];
        for (int i = 0; i < rowIndices.length; i++) {
            System.arraycopy(values, rowIndices[i] * width, picked, i * width, width);
        }
        return new FeatureMatrix(picked, rowIndices.length, names);
    }
}
