package com.discountworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.ui.data.ColumnChart.Bar;
import com.discountworkbench.ui.data.ColumnChart.BarKind;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ColumnChartTest {

    @Test
    void smallWholeNumberRangesGetOneBarPerValue() {
        ColumnChart chart = ColumnChart.of(new NumericColumn("city_tier", ColumnType.INTEGER,
                new float[] {1, 2, 2, 4, Float.NaN, 4, 4}));

        assertThat(chart.kind()).isEqualTo(ColumnChart.Kind.HISTOGRAM);
        assertThat(chart.bars()).extracting(Bar::label).containsExactly("1", "2", "3", "4");
        assertThat(chart.bars()).extracting(Bar::count).containsExactly(1L, 2L, 0L, 3L);
    }

    @Test
    void wideWholeNumberRangesGetWholeNumberBins() {
        float[] days = new float[365];
        for (int i = 0; i < days.length; i++) {
            days[i] = i + 1;
        }

        List<Bar> bars = ColumnChart.of(new NumericColumn("days", ColumnType.INTEGER, days)).bars();

        assertThat(bars).hasSize(20);
        assertThat(bars.get(0).label()).isEqualTo("1 – 19");
        assertThat(bars.get(19).label()).isEqualTo("362 – 365");
        assertThat(bars.stream().mapToLong(Bar::count).sum()).isEqualTo(365);
        assertThat(bars.get(0).count()).isEqualTo(19);
    }

    @Test
    void decimalsGetTwentyEqualBinsCountingEveryPresentValueOnce() {
        float[] spend = new float[1001];
        for (int i = 0; i < spend.length; i++) {
            spend[i] = i / 10f;
        }
        spend[3] = Float.NaN;

        List<Bar> bars = ColumnChart.of(new NumericColumn("spend", ColumnType.DECIMAL, spend)).bars();

        assertThat(bars).hasSize(ColumnChart.BINS);
        assertThat(bars.get(0).label()).isEqualTo("0 – 5");
        assertThat(bars.get(19).label()).isEqualTo("95 – 100");
        assertThat(bars.stream().mapToLong(Bar::count).sum()).isEqualTo(1000);
        assertThat(bars.get(19).count()).as("the maximum falls in the last bin").isEqualTo(51);
    }

    @Test
    void booleansAndConstantsAreShownByValue() {
        assertThat(ColumnChart.of(new NumericColumn("flag", ColumnType.BOOLEAN, new float[] {0, 1, 1})).bars())
                .extracting(Bar::label).containsExactly("false", "true");
        assertThat(ColumnChart.of(new NumericColumn("rate", ColumnType.DECIMAL, new float[] {0.5f, 0.5f})).bars())
                .singleElement().isEqualTo(new Bar("0.5", 2, BarKind.VALUE));
    }

    @Test
    void textColumnsShowTheMostFrequentValuesThenTheRest() {
        int[] codes = IntStream.range(0, 30).map(i -> i < 10 ? 0 : i < 15 ? 13 : i % 14).toArray();
        List<String> levels = IntStream.range(0, 14).mapToObj(i -> "v" + i).toList();

        ColumnChart chart = ColumnChart.of(new CategoricalColumn("category", ColumnType.CATEGORICAL, codes, levels));

        assertThat(chart.kind()).isEqualTo(ColumnChart.Kind.TOP_VALUES);
        assertThat(chart.bars()).hasSize(ColumnChart.TOP_VALUES + 1);
        assertThat(chart.bars().get(0)).isEqualTo(new Bar("v0", 11, BarKind.VALUE));
        assertThat(chart.bars().get(1)).isEqualTo(new Bar("v13", 6, BarKind.VALUE));
        assertThat(chart.bars().get(ColumnChart.TOP_VALUES).kind()).isEqualTo(BarKind.OTHER);
        assertThat(chart.bars().stream().mapToLong(Bar::count).sum()).isEqualTo(30);
    }

    @Test
    void aColumnWithoutValuesSaysSo() {
        assertThat(ColumnChart.of(new NumericColumn("x", ColumnType.DECIMAL, new float[] {Float.NaN})).bars())
                .singleElement().extracting(Bar::kind).isEqualTo(BarKind.NO_VALUES);
        assertThat(ColumnChart.of(new CategoricalColumn("y", ColumnType.CATEGORICAL, new int[] {-1}, List.of())).bars())
                .singleElement().extracting(Bar::kind).isEqualTo(BarKind.NO_VALUES);
    }
}
