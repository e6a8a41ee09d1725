package com.discountworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnProfilerTest {
    private final ColumnProfiler profiler = new ColumnProfiler();

    @Test
    void numbersGetMissingDistinctMinMaxMean() {
        NumericColumn column = new NumericColumn("x", ColumnType.DECIMAL,
                new float[] {1.5f, Float.NaN, -2f, 1.5f, 0f, -0f, 4f});

        ColumnProfile profile = profiler.profile(column, ColumnRole.FEATURE);

        assertThat(profile.missing()).isEqualTo(1);
        assertThat(profile.distinct()).isEqualTo(4);
        assertThat(profile.min()).isEqualTo(-2.0);
        assertThat(profile.max()).isEqualTo(4.0);
        assertThat(profile.mean()).isEqualTo(0.8333333);
        assertThat(profile.top()).isEmpty();
    }

    @Test
    void manyDistinctNumbersAreCountedExactly() {
        float[] values = new float[100_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = (i % 40_000) * 0.5f;
        }

        assertThat(profiler.profile(new NumericColumn("x", ColumnType.DECIMAL, values), ColumnRole.FEATURE).distinct())
                .isEqualTo(40_000);
        assertThat(profiler.profile(new NumericColumn("y", ColumnType.DECIMAL, new float[] {3f}), ColumnRole.FEATURE)
                .distinct()).isEqualTo(1);
    }

    @Test
    void allMissingNumbersHaveNoSummary() {
        ColumnProfile profile = profiler.profile(new NumericColumn("x", ColumnType.DECIMAL,
                new float[] {Float.NaN, Float.NaN}), ColumnRole.FEATURE);

        assertThat(profile.distinct()).isZero();
        assertThat(profile.min()).isNull();
        assertThat(profile.mean()).isNull();
    }

    @Test
    void textGetsTheMostFrequentValues() {
        CategoricalColumn column = new CategoricalColumn("city", ColumnType.CATEGORICAL,
                new int[] {0, 1, 1, -1, 2, 1, 0}, List.of("Paris", "Lyon", "Nice", "Unused"));

        ColumnProfile profile = profiler.profile(column, ColumnRole.FEATURE);

        assertThat(profile.missing()).isEqualTo(1);
        assertThat(profile.distinct()).isEqualTo(3);
        assertThat(profile.top()).containsExactly(new ValueCount("Lyon", 3), new ValueCount("Paris", 2),
                new ValueCount("Nice", 1));
        assertThat(profile.min()).isNull();
    }

    @Test
    void topValuesOfManyLevelsKeepFileOrderAmongEqualCounts() {
        int[] codes = {0, 1, 2, 3, 4, 5, 6, 6, 5, 2, 6};
        List<String> levels = List.of("a", "b", "c", "d", "e", "f", "g");

        ColumnProfile profile = profiler.profile(new CategoricalColumn("x", ColumnType.CATEGORICAL, codes, levels),
                ColumnRole.FEATURE);

        assertThat(profile.top()).containsExactly(new ValueCount("g", 3), new ValueCount("c", 2),
                new ValueCount("f", 2), new ValueCount("a", 1), new ValueCount("b", 1));
    }

    @Test
    void numbersAreFormattedForPeople() {
        assertThat(ColumnProfiler.formatNumber(12.0)).isEqualTo("12");
        assertThat(ColumnProfiler.formatNumber(0.009031)).isEqualTo("0.009031");
        assertThat(ColumnProfiler.formatNumber(3345.93)).isEqualTo("3345.93");
        assertThat(ColumnProfiler.formatNumber(5.76409375)).isEqualTo("5.764");
        assertThat(ColumnProfiler.formatNumber(null)).isEmpty();
        assertThat(ColumnProfiler.formatValue(ColumnType.DATE, 0.0)).isEqualTo("1970-01-01");
    }
}
