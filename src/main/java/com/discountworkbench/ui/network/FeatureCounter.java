package com.discountworkbench.ui.network;

import com.discountworkbench.data.Dataset;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.prep.Preprocessor;

/**
 * How many input features the preprocessing makes of a dataset, for the parameter count. Fits on evenly spaced rows
 * of a large file: the count depends on the columns and their categories, which a sample of this size already shows.
 */
final class FeatureCounter {
    static final int SAMPLE_ROWS = 20_000;

    private FeatureCounter() {
    }

    /** @param spec the Prepare step's choices; null for the defaults */
    static int count(Dataset data, PrepSpec spec) {
        Dataset sample = data.rowCount() > SAMPLE_ROWS ? data.select(evenlySpaced(data.rowCount())) : data;
        PrepSpec choices = spec != null ? spec : PrepSpec.defaults(sample);
        return Preprocessor.fit(sample, choices).featureCount();
    }

    private static int[] evenlySpaced(int rows) {
        int[] picked = new int[SAMPLE_ROWS];
        for (int i = 0; i < SAMPLE_ROWS; i++) {
            picked[i] = (int) ((long) i * rows / SAMPLE_ROWS);
        }
        return picked;
    }
}
