package com.discountworkbench.model.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClassifierMetricsTest {

    @Test
    void logLossAndBrierMatchHandComputedValues() {
        ClassifierMetrics metrics = ClassifierMetrics.of(new float[] {0.8f, 0.3f}, new float[] {1, 0});

        assertThat(metrics.logLoss()).isCloseTo(-(Math.log(0.8) + Math.log(0.7)) / 2, within(1e-6));
        assertThat(metrics.brier()).isCloseTo((0.04 + 0.09) / 2, within(1e-6));
        assertThat(metrics.auc()).isEqualTo(1.0);
        assertThat(metrics.positiveRate()).isEqualTo(0.5);
        assertThat(metrics.meanPredicted()).isCloseTo(0.55, within(1e-6));
    }

    @Test
    void certainWrongAnswersAreClippedNotInfinite() {
        assertThat(ClassifierMetrics.logLoss(0, 1)).isCloseTo(-Math.log(1e-15), within(1e-9));
        assertThat(ClassifierMetrics.of(new float[] {0.2f}, new float[] {0}).auc()).isNaN();
    }

    @Test
    void confusionMatrixAtAThreshold() {
        float[] p = {0.9f, 0.6f, 0.5f, 0.4f, 0.1f};
        float[] y = {1, 0, 1, 1, 0};

        ConfusionMatrix matrix = ConfusionMatrix.at(p, y, 0.5);

        assertThat(matrix).isEqualTo(new ConfusionMatrix(0.5, 2, 1, 1, 1));
        assertThat(matrix.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(matrix.recall()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(matrix.accuracy()).isCloseTo(0.6, within(1e-12));
        assertThat(matrix.f1()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(ConfusionMatrix.at(p, y, 0.95).precision()).isNaN();
    }

    @Test
    void regressionErrors() {
        RegressionMetrics metrics = RegressionMetrics.of(new float[] {1, 2, 3}, new float[] {1, 3, 5});

        assertThat(metrics.rmse()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-9));
        assertThat(metrics.mae()).isCloseTo(1.0, within(1e-9));
        assertThat(metrics.r2()).isCloseTo(1 - 5.0 / 8, within(1e-9));
        assertThat(RegressionMetrics.of(new float[] {1, 2}, new float[] {4, 4}).r2()).isNaN();
    }
}
