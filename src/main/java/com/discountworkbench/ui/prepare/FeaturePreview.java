package com.discountworkbench.ui.prepare;

import com.discountworkbench.data.Dataset;
import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.prep.Preprocessor;
import com.discountworkbench.task.TaskMonitor;
import java.util.List;

/**
 * What the networks would see: the preprocessing fitted on a sample of the data, applied to the first rows.
 *
 * @param features   the first rows as model input (rows a "drop row" choice leaves out are not there)
 * @param sampleRows how many rows the preprocessing was fitted on
 * @param totalRows  rows in the data
 */
public record FeaturePreview(FeatureMatrix features, int sampleRows, int totalRows) {
    /** Fitting on more rows changes the statistics only a little; this many fit in milliseconds. */
    static final int SAMPLE_ROWS = 5_000;
    static final int PREVIEW_ROWS = 100;

    public List<String> names() {
        return features.names();
    }

    public int featureCount() {
        return features.columns();
    }

    /** Runs on a worker thread. @throws com.discountworkbench.data.DataException when the choices do not fit the data */
    public static FeaturePreview compute(Dataset data, PrepSpec spec, TaskMonitor monitor) {
        Dataset sample = data.select(SampleRows.of(data, SAMPLE_ROWS));
        monitor.checkCancelled();
        FittedPreprocessor fitted = Preprocessor.fit(sample, spec);
        monitor.checkCancelled();
        FeatureMatrix features = fitted.features(data.select(SampleRows.first(data, PREVIEW_ROWS)));
        return new FeaturePreview(features, sample.rowCount(), data.rowCount());
    }
}
