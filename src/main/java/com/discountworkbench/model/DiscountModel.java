package com.discountworkbench.model;

import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.prep.FittedPreprocessor;
import java.util.Arrays;
import java.util.Optional;

/**
 * The trained purchase and value models with the preprocessing they share: answers "what would this customer
 * do if offered that discount?".
 *
 * @param preprocessing   fitted on the training split; turns customers into features
 * @param purchase        calibrated P(buy | features)
 * @param value           expected spend given a purchase; empty when the data had no value column or too few
 *                        buyers, in which case {@link #fallbackSpend} is used for everyone
 * @param fallbackSpend   mean spend of the training buyers (1 when the data has no value column)
 * @param report          test-split metrics and training histories
 * @param provenance      where the training data came from
 */
public record DiscountModel(FittedPreprocessor preprocessing, TrainedNetwork purchase, Optional<TrainedNetwork> value,
                            double fallbackSpend, ModelReport report, Provenance provenance) {

    public float[] purchaseProbability(FeatureMatrix features) {
        return purchase.predict(features);
    }

    /** Expected amount paid by each customer if they buy (never negative). */
    public float[] expectedSpend(FeatureMatrix features) {
        if (value.isEmpty()) {
            float[] constant = new float[features.rows()];
            Arrays.fill(constant, (float) fallbackSpend);
            return constant;
        }
        float[] spend = value.get().predict(features);
        for (int i = 0; i < spend.length; i++) {
            spend[i] = Math.max(0f, spend[i]);
        }
        return spend;
    }

    public DiscountModel withReport(ModelReport newReport) {
        return new DiscountModel(preprocessing, purchase, value, fallbackSpend, newReport, provenance);
    }
}
