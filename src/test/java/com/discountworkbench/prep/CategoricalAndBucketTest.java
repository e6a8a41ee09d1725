package com.discountworkbench.prep;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.Dataset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoricalAndBucketTest {

    private static FittedPreprocessor fit(Dataset train, String column, ColumnSpec spec) {
        return Preprocessor.fit(train, new PrepSpec(Map.of(column, spec), null, null, false));
    }

    private static ColumnSpec feature() {
        return ColumnSpec.of(ColumnRole.FEATURE);
    }

    /** The position of the single 1 in each row (the bucket or level), -1 for none. */
    private static int[] hot(FeatureMatrix matrix, int first, int count) {
        int[] positions = new int[matrix.rows()];
        for (int row = 0; row < matrix.rows(); row++) {
            positions[row] = -1;
            for (int k = 0; k < count; k++) {
                if (matrix.get(row, first + k) == 1f) {
                    positions[row] = k;
                }
            }
        }
        return positions;
    }

    @Test
    void analystEdgesAreInclusiveUpperBounds() {
        Dataset data = TestData.create().numeric("age", ColumnType.INTEGER, 5, 18, 19, 35, 36, 50, 51, 80).build();

        FeatureMatrix matrix = fit(data, "age", feature().withBucketing(Bucketing.atEdges(18, 35, 50)))
                .features(data);

        assertThat(matrix.names()).containsExactly("age <= 18", "age in (18, 35]", "age in (35, 50]", "age > 50");
        assertThat(hot(matrix, 0, 4)).containsExactly(0, 0, 1, 1, 2, 2, 3, 3);
    }

    @Test
    void quantileBinsAreFittedOnTrainingRows() {
        Dataset all = TestData.create().decimal("x", 1, 2, 3, 4, 5, 6, 7, 8, 100, -100).build();
        Dataset train = all.select(TestData.firstRows(8));

        FittedPreprocessor fitted = fit(train, "x", feature().withBucketing(Bucketing.quantiles(4)));

        assertThat(((BucketFeature) fitted.columns().get(0)).upperEdges()).containsExactly(2.75, 4.5, 6.25);
        assertThat(hot(fitted.features(all), 0, 4)).containsExactly(0, 0, 1, 1, 2, 2, 3, 3, 3, 0);
    }

    @Test
    void missingValueIsBucketedAtTheFill() {
        Dataset data = TestData.create().decimal("x", 10, 20, 30, TestData.NA).build();

        FeatureMatrix matrix = fit(data, "x", feature().withBucketing(Bucketing.atEdges(15, 25))
                .withMissingIndicator(true)).features(data);

        assertThat(hot(matrix, 0, 3)).containsExactly(0, 1, 2, 1);
        assertThat(TestData.column(matrix, "x:missing")).containsExactly(0, 0, 0, 1);
    }

    @Test
    void oneHotKeepsTheMostFrequentLevelsAndFoldsTheRestIntoOther() {
        Dataset data = TestData.create().categorical("city",
                "d", "b", "a", "a", "b", "c", "a", "c", "b", "a", "a").build();

        FeatureMatrix matrix = fit(data, "city", feature().withMaxCategories(2)).features(data);

        assertThat(matrix.names()).containsExactly("city=a", "city=b", "city=other");
        assertThat(hot(matrix, 0, 3)).containsExactly(2, 1, 0, 0, 1, 2, 0, 2, 1, 0, 0);
    }

    @Test
    void levelsUnseenInTrainingBecomeOther() {
        Dataset train = TestData.create().categorical("city", "a", "b", "a").build();
        Dataset scored = TestData.create().categorical("city", "zzz", "b", "a", "new").build();

        FeatureMatrix matrix = fit(train, "city", feature()).features(scored);

        assertThat(matrix.names()).containsExactly("city=a", "city=b", "city=other");
        assertThat(hot(matrix, 0, 3)).containsExactly(2, 1, 0, 2);
    }

    @Test
    void missingCategoryTakesTheMostFrequentLevelWithIndicator() {
        Dataset data = TestData.create().categorical("city", "b", "a", "a", null).build();

        FeatureMatrix matrix = fit(data, "city", feature().withMissing(Imputation.MEDIAN, null)
                .withMissingIndicator(true)).features(data);

        assertThat(hot(matrix, 0, 3)).containsExactly(1, 0, 0, 0);
        assertThat(TestData.column(matrix, "city:missing")).containsExactly(0, 0, 0, 1);
    }

    @Test
    void constantFillOutsideTheLevelsCountsAsOther() {
        Dataset data = TestData.create().categorical("city", "b", "a", null).build();

        FeatureMatrix matrix = fit(data, "city", feature().withMissing(Imputation.CONSTANT, "unknown"))
                .features(data);

        assertThat(matrix.names()).containsExactly("city=b", "city=a", "city=other");
        assertThat(hot(matrix, 0, 3)).containsExactly(0, 1, 2);
    }

    @Test
    void categoryCodesReadAsNumbersInAnotherFileMatchByText() {
        Dataset train = TestData.create().categorical("zone", "1", "2", "2").build();
        Dataset scored = TestData.create().numeric("zone", ColumnType.INTEGER, 2, 1, 3, TestData.NA).build();

        FeatureMatrix matrix = fit(train, "zone", feature().withMissing(Imputation.MOST_FREQUENT, null))
                .features(scored);

        assertThat(matrix.names()).containsExactly("zone=2", "zone=1", "zone=other");
        assertThat(hot(matrix, 0, 3)).containsExactly(0, 1, 2, 0);
    }
}
