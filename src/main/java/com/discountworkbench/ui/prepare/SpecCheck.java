package com.discountworkbench.ui.prepare;

import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.prep.Preprocessor;
import java.util.Optional;

/**
 * Whether preprocessing choices can be trained on: they are fitted on a small sample of the data and the label is
 * read, which finds every problem the analyst can cause (no label, two treatments, a label with three values…)
 * in a few milliseconds even for a large file.
 */
public final class SpecCheck {
    static final int SAMPLE_ROWS = 2_000;

    private SpecCheck() {
    }

    /** @return the problem, worded for the analyst; empty when the choices are usable */
    public static Optional<String> problem(Dataset data, PrepSpec spec) {
        if (data.rowCount() == 0) {
            return Optional.of("The data has no rows.");
        }
        Dataset sample = data.select(SampleRows.of(data, SAMPLE_ROWS));
        try {
            Preprocessor.fit(sample, spec);
            Preprocessor.labels(sample, spec);
            return Optional.empty();
        } catch (DataException e) {
            return Optional.of(e.getMessage());
        }
    }
}
