package com.discountworkbench.model.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RocCurveTest {

    @Test
    void tiesCountHalfInTheArea() {
        // Buyers score 0.9, 0.8, 0.3; non-buyers 0.8, 0.3. Pairs won: 1 + 1 + ½ + 1 + 0 + ½ = 4 of 6.
        float[] scores = {0.9f, 0.8f, 0.8f, 0.3f, 0.3f};
        float[] labels = {1, 0, 1, 1, 0};

        RocCurve roc = RocCurve.of(scores, labels);

        assertThat(roc.auc()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(roc.points()).extracting(RocCurve.Point::falsePositiveRate).containsExactly(0.0, 0.0, 0.5, 1.0);
        assertThat(roc.points()).extracting(RocCurve.Point::truePositiveRate)
                .containsExactly(0.0, 1.0 / 3, 2.0 / 3, 1.0);
    }

    @Test
    void perfectAndReversedRankings() {
        float[] labels = {0, 0, 1, 1};
        assertThat(RocCurve.auc(new float[] {0.1f, 0.2f, 0.3f, 0.4f}, labels)).isEqualTo(1.0);
        assertThat(RocCurve.auc(new float[] {0.4f, 0.3f, 0.2f, 0.1f}, labels)).isEqualTo(0.0);
        assertThat(RocCurve.auc(new float[] {0.5f, 0.5f, 0.5f, 0.5f}, labels)).isEqualTo(0.5);
    }

    @Test
    void needsBothClasses() {
        assertThatThrownBy(() -> RocCurve.auc(new float[] {0.1f, 0.2f}, new float[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
