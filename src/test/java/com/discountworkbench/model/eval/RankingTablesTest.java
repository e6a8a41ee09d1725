package com.discountworkbench.model.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTablesTest {

    @Test
    void calibrationBinsHoldATenthOfRowsFromLowToHighProbability() {
        float[] p = new float[20];
        float[] y = new float[20];
        for (int i = 0; i < 20; i++) {
            p[i] = (i + 1) / 20f;
        }
        for (int buyer : new int[] {1, 3, 5, 19}) {
            y[buyer] = 1;
        }

        List<CalibrationTable.Bin> bins = CalibrationTable.of(p, y).bins();

        assertThat(bins).hasSize(10).allSatisfy(bin -> assertThat(bin.rows()).isEqualTo(2));
        assertThat(bins.get(0).meanPredicted()).isCloseTo(0.075, within(1e-6));
        assertThat(bins.get(0).observedRate()).isEqualTo(0.5);
        assertThat(bins.get(2).meanPredicted()).isCloseTo(0.275, within(1e-6));
        assertThat(bins.get(2).observedRate()).isEqualTo(0.5);
        assertThat(bins.get(5).observedRate()).isEqualTo(0.0);
        assertThat(bins.get(9).meanPredicted()).isCloseTo(0.975, within(1e-6));
        assertThat(bins.get(9).observedRate()).isEqualTo(0.5);
    }

    @Test
    void liftAndCumulativeGainByDecile() {
        float[] p = {1.0f, 0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f, 0.3f, 0.2f, 0.1f};
        float[] y = {1, 1, 0, 1, 0, 0, 0, 0, 0, 1};   // 4 buyers: overall rate 0.4

        List<LiftTable.Decile> deciles = LiftTable.of(p, y).deciles();

        assertThat(deciles).hasSize(10);
        assertThat(deciles.get(0)).isEqualTo(new LiftTable.Decile(1, 1, 1, 1.0, 2.5, 0.25, 2.5));
        assertThat(deciles.get(2).lift()).isEqualTo(0.0);
        assertThat(deciles.get(2).cumulativeGain()).isEqualTo(0.5);
        assertThat(deciles.get(2).cumulativeLift()).isCloseTo((2.0 / 3) / 0.4, within(1e-12));
        assertThat(deciles.get(3).cumulativeGain()).isEqualTo(0.75);
        assertThat(deciles.get(9).cumulativeGain()).isEqualTo(1.0);
        assertThat(deciles.get(9).cumulativeLift()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void qiniCurveFollowsRadcliffesDefinition() {
        float[] uplift = {0.8f, 0.7f, 0.6f, 0.5f, 0.4f, 0.3f, 0.2f, 0.1f};
        boolean[] treated = {true, false, true, false, true, false, true, false};
        float[] outcome = {1, 0, 1, 1, 0, 0, 0, 1};
        // Q(k) = Y_t − Y_c·N_t/N_c: 1, 1, 2, 1, 0.5, 1, 2/3, 0 incremental buyers; divided by N_t = 4.
        double[] expected = {0, 0.25, 0.25, 0.5, 0.25, 0.125, 0.25, 1.0 / 6, 0};

        QiniCurve qini = QiniCurve.of(uplift, outcome, treated);

        assertThat(qini.points()).hasSize(9);
        for (int k = 0; k <= 8; k++) {
            assertThat(qini.points().get(k).targetedShare()).isCloseTo(k / 8.0, within(1e-12));
            assertThat(qini.points().get(k).incrementalPerTreated()).isCloseTo(expected[k], within(1e-9));
        }
        assertThat(qini.auuc()).isCloseTo(1.7916667 / 8, within(1e-6));
        assertThat(qini.qini()).isCloseTo(qini.auuc(), within(1e-12)); // overall effect is 0 here
        QiniCurve.UpliftDecile top = qini.deciles().get(0);
        assertThat(top.treated()).isEqualTo(1);
        assertThat(top.treatedRate()).isEqualTo(1.0);
        assertThat(top.controlRate()).isNaN();
    }

    @Test
    void tiedUpliftEntersTogetherAndRandomRankingScoresZero() {
        QiniCurve qini = QiniCurve.of(new float[] {0.5f, 0.5f}, new float[] {1, 0}, new boolean[] {true, false});

        assertThat(qini.points()).containsExactly(new QiniCurve.Point(0, 0), new QiniCurve.Point(1, 1));
        assertThat(qini.auuc()).isEqualTo(0.5);
        assertThat(qini.qini()).isEqualTo(0.0);
    }
}
