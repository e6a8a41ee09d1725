package com.discountworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void plattScalingUndoesAKnownDistortion() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 50_000;
        float[] distorted = new float[n];
        float[] labels = new float[n];
        double observed = 0;
        for (int i = 0; i < n; i++) {
            double logit = -3 + random.nextGaussian();                  // rare buyers, like Hillstrom
            labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1f : 0f;
            observed += labels[i];
            distorted[i] = (float) (1 / (1 + Math.exp(-(2 * logit + 4)))); // what class weights do, roughly
        }

        Calibration calibration = Calibration.fitPlatt(distorted, labels);

        assertThat(calibration.slope()).isCloseTo(0.5, within(0.05));
        assertThat(calibration.intercept()).isCloseTo(-2, within(0.2));
        double calibratedMean = 0;
        for (float p : calibration.applyInPlace(distorted.clone())) {
            calibratedMean += p;
        }
        assertThat(calibratedMean / n).isCloseTo(observed / n, within(0.002));
    }

    @Test
    void oneClassOnlyLeavesProbabilitiesAlone() {
        Calibration calibration = Calibration.fitPlatt(new float[] {0.2f, 0.7f}, new float[] {0f, 0f});

        assertThat(calibration).isEqualTo(Calibration.identity());
        assertThat(calibration.apply(0.3f)).isCloseTo(0.3f, within(1e-6f));
    }
}
