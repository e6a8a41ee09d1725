package com.discountworkbench.prep;

import static com.discountworkbench.prep.TestData.NA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumericFeatureTest {

    private static PrepSpec only(String column, ColumnSpec spec) {
        return new PrepSpec(Map.of(column, spec), null, null, false);
    }

    private static ColumnSpec plain() {
        return ColumnSpec.of(ColumnRole.FEATURE).withScaling(Scaling.NONE);
    }

    private static float[] encode(Dataset train, Dataset scored, ColumnSpec spec) {
        return TestData.column(Preprocessor.fit(train, only("x", spec)).features(scored), "x");
    }

    @Test
    void standardScalingUsesOnlyTheTrainingRows() {
        Dataset all = TestData.create().decimal("x", 1, 2, 3, 4, 100, 1000).build();
        Dataset train = all.select(TestData.firstRows(4));

        float[] x = encode(train, all, ColumnSpec.of(ColumnRole.FEATURE));

        double sd = Math.sqrt(1.25);
        assertThat(x[0]).isCloseTo((float) ((1 - 2.5) / sd), within(1e-5f));
        assertThat(x[3]).isCloseTo((float) ((4 - 2.5) / sd), within(1e-5f));
        assertThat(x[5]).isCloseTo((float) ((1000 - 2.5) / sd), within(1e-3f));
    }

    @Test
    void medianFillComesFromTheTrainingRows() {
        Dataset all = TestData.create().decimal("x", 1, 2, 10, NA, -500, -600, -700).build();
        Dataset train = all.select(TestData.firstRows(4));

        float[] x = encode(train, all, plain().withMissing(Imputation.MEDIAN, null));

        assertThat(x).containsExactly(1, 2, 10, 2, -500, -600, -700);
    }

    @Test
    void meanMostFrequentAndConstantFills() {
        Dataset data = TestData.create().decimal("x", 1, 5, 5, 9, NA).build();

        assertThat(encode(data, data, plain().withMissing(Imputation.MEAN, null))[4]).isEqualTo(5f);
        Dataset modal = TestData.create().decimal("x", 7, 5, 5, 9, NA).build();
        assertThat(encode(modal, modal, plain().withMissing(Imputation.MOST_FREQUENT, null))[4]).isEqualTo(5f);
        assertThat(encode(data, data, plain().withMissing(Imputation.CONSTANT, "-1"))[4]).isEqualTo(-1f);
        assertThatThrownBy(() -> encode(data, data, plain().withMissing(Imputation.CONSTANT, "abc")))
                .isInstanceOf(DataException.class).hasMessageContaining("'abc' is not a number");
    }

    @Test
    void missingIndicatorMarksFilledRows() {
        Dataset data = TestData.create().decimal("x", 1, NA, 3).build();

        FeatureMatrix matrix = Preprocessor.fit(data, only("x", plain().withMissingIndicator(true))).features(data);

        assertThat(matrix.names()).containsExactly("x", "x:missing");
        assertThat(TestData.column(matrix, "x")).containsExactly(1, 2, 3);
        assertThat(TestData.column(matrix, "x:missing")).containsExactly(0, 1, 0);
    }

    @Test
    void dropRowKeepsFeaturesAndLabelsAligned() {
        Dataset data = TestData.create().decimal("x", 1, NA, 3, 4)
                .decimal("bought", 1, 0, 0, 1).as(ColumnRole.LABEL).build();
        PrepSpec spec = PrepSpec.defaults(data)
                .withColumn("x", plain().withMissing(Imputation.DROP_ROW, null));

        FittedPreprocessor fitted = Preprocessor.fit(data, spec);

        assertThat(fitted.keptRows(data)).containsExactly(0, 2, 3);
        assertThat(TestData.column(fitted.features(data), "x")).containsExactly(1, 3, 4);
        assertThat(fitted.labels(data)).containsExactly(1, 0, 1);
        assertThat(fitted.trainingRows()).isEqualTo(3);
    }

    @Test
    void defaultsNeverDropRows() {
        Dataset data = TestData.create().decimal("x", 1, NA, 3, 4).build();

        FittedPreprocessor fitted = Preprocessor.fit(data, PrepSpec.defaults(data));

        assertThat(fitted.keptRows(data)).containsExactly(0, 1, 2, 3);
        assertThat(fitted.featureNames()).containsExactly("x", "x:missing");
    }

    @Test
    void minMaxScalingMapsTrainingRangeToZeroOne() {
        Dataset train = TestData.create().decimal("x", 2, 4, 6, 10).build();
        Dataset scored = TestData.create().decimal("x", 2, 4, 10, 14).build();

        assertThat(encode(train, scored, plain().withScaling(Scaling.MIN_MAX))).containsExactly(0, 0.25f, 1, 1.5f);
    }

    @Test
    void robustScalingUsesMedianAndInterquartileRange() {
        Dataset data = TestData.create().decimal("x", 1, 2, 3, 4, 5, 100).build();

        float[] x = encode(data, data, plain().withScaling(Scaling.ROBUST));

        // median 3.5; quartiles 2.25 and 4.75 (linear interpolation) give an IQR of 2.5
        assertThat(x[0]).isCloseTo(-1f, within(1e-6f));
        assertThat(x[5]).isCloseTo(38.6f, within(1e-4f));
    }

    @Test
    void constantColumnScalesToZeroWithoutDividingByZero() {
        Dataset data = TestData.create().decimal("x", 3, 3, 3).build();

        assertThat(encode(data, data, ColumnSpec.of(ColumnRole.FEATURE))).containsExactly(0, 0, 0);
    }

    @Test
    void log1pCompressesAmounts() {
        Dataset data = TestData.create().decimal("x", 0, (float) (Math.E - 1), 99).build();

        float[] x = encode(data, data, plain().withLog1p(true));

        assertThat(x[0]).isZero();
        assertThat(x[1]).isCloseTo(1f, within(1e-6f));
        assertThat(x[2]).isCloseTo((float) Math.log(100), within(1e-5f));
    }

    @Test
    void clippingAtTrainingQuantilesLimitsExtremes() {
        float[] values = new float[101];
        for (int i = 0; i <= 100; i++) {
            values[i] = i;
        }
        Dataset train = TestData.create().decimal("x", values).build();
        Dataset scored = TestData.create().decimal("x", 0, 50, 100, 1000).build();

        float[] x = encode(train, scored, plain().withClipping(Clipping.percentiles1And99()));

        assertThat(x).containsExactly(1, 50, 99, 99);
    }

    @Test
    void scalingIsFittedAfterClippingAndLog() {
        Dataset data = TestData.create().decimal("x", 0, 1, 3, 7, 1_000_000).build();

        float[] x = encode(data, data, ColumnSpec.of(ColumnRole.FEATURE).withLog1p(true)
                .withClipping(new Clipping(0, 0.75)));

        double[] logs = {0, Math.log(2), Math.log(4), Math.log(8), Math.log(8)};
        double mean = Stats.mean(logs);
        double sd = Stats.standardDeviation(logs);
        assertThat(x[4]).isCloseTo((float) ((Math.log(8) - mean) / sd), within(1e-5f));
        assertThat(x[0]).isCloseTo((float) (-mean / sd), within(1e-5f));
    }

    @Test
    void textInANumericColumnAtScoringIsAClearError() {
        Dataset train = TestData.create().decimal("x", 1, 2).build();
        Dataset scored = TestData.create().categorical("x", "n/a", "3").build();
        FittedPreprocessor fitted = Preprocessor.fit(train, PrepSpec.defaults(train));

        assertThatThrownBy(() -> fitted.features(scored)).isInstanceOf(DataException.class)
                .hasMessageContaining("column 'x'").hasMessageContaining("'n/a'");
    }
}
