package com.discountworkbench.ui.data;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnProfiler;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.NumericColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the chart beside the column list shows for one column: a histogram of a numeric column (one bar per value
 * for small whole-number ranges, else equal-width bins) or the most frequent values of a text column (nothing for
 * identifiers, whose values all differ). One pass over
 * the column, so it is quick enough for the FX thread even at a million rows.
 *
 * @param column the column's name
 * @param kind   histogram or top values
 * @param bars   in display order; missing values are not counted; empty for {@link Kind#ALL_DIFFERENT}
 */
public record ColumnChart(String column, Kind kind, List<Bar> bars) {
    /** Equal-width bins of a continuous column. */
    static final int BINS = 20;
    /** Whole numbers spanning at most this many values get one bar each. */
    static final int MAX_INTEGER_BARS = 31;
    /** Text columns show this many most frequent values, then "other". */
    static final int TOP_VALUES = 12;

    /** {@link #ALL_DIFFERENT}: a text column whose values each occur once (ids) has nothing to chart. */
    public enum Kind { HISTOGRAM, TOP_VALUES, ALL_DIFFERENT }

    /** What a bar stands for; {@link #OTHER} and {@link #NO_VALUES} have no label of their own (the view names them). */
    public enum BarKind { VALUE, OTHER, NO_VALUES }

    /** @param label the value or the bin ("10 – 20"); empty for the kinds without a label of their own */
    public record Bar(String label, long count, BarKind kind) {
    }

    public ColumnChart {
        bars = List.copyOf(bars);
    }

    public static ColumnChart of(Column column) {
        if (column instanceof NumericColumn numeric) {
            return new ColumnChart(column.name(), Kind.HISTOGRAM, histogram(numeric));
        }
        List<Bar> top = topValues((CategoricalColumn) column);
        boolean allDifferent = top.size() > TOP_VALUES && top.get(0).count() == 1;
        return allDifferent ? new ColumnChart(column.name(), Kind.ALL_DIFFERENT, List.of())
                : new ColumnChart(column.name(), Kind.TOP_VALUES, top);
    }

    private static List<Bar> histogram(NumericColumn column) {
        float[] values = column.values();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float value : values) {
            if (!Float.isNaN(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        if (min > max) {
            return List.of(new Bar("", 0, BarKind.NO_VALUES));
        }
        // Whole numbers (counts, booleans, dates) get whole-number bins: one per value when there are few.
        boolean whole = column.type() != ColumnType.DECIMAL;
        double span = max - min;
        double width;
        int bins;
        if (whole) {
            width = span + 1 <= MAX_INTEGER_BARS ? 1 : Math.ceil((span + 1) / BINS);
            bins = (int) Math.ceil((span + 1) / width);
        } else {
            bins = span == 0 ? 1 : BINS;
            width = span == 0 ? 1 : span / bins;
        }
        long[] counts = new long[bins];
        for (float value : values) {
            if (!Float.isNaN(value)) {
                counts[Math.min(bins - 1, (int) ((value - min) / width))]++;
            }
        }
        List<Bar> bars = new ArrayList<>(bins);
        for (int bin = 0; bin < bins; bin++) {
            double low = min + bin * width;
            double high = whole ? Math.min(low + width - 1, max) : bin == bins - 1 ? max : low + width;
            String label = whole && width == 1 || span == 0 ? display(column, low)
                    : display(column, low) + " – " + display(column, high);
            bars.add(new Bar(label, counts[bin], BarKind.VALUE));
        }
        return bars;
    }

    private static String display(NumericColumn column, double value) {
        if (column.type() == ColumnType.BOOLEAN) {
            return value != 0 ? "true" : "false";
        }
        return ColumnProfiler.formatValue(column.type(), value);
    }

    private static List<Bar> topValues(CategoricalColumn column) {
        long[] counts = new long[column.levels().size()];
        for (int code : column.codes()) {
            if (code != CategoricalColumn.MISSING) {
                counts[code]++;
            }
        }
        int[] order = IntStream.range(0, counts.length).filter(level -> counts[level] > 0).boxed()
                .sorted(Comparator.comparingLong((Integer level) -> -counts[level]).thenComparingInt(level -> level))
                .mapToInt(Integer::intValue).toArray();
        if (order.length == 0) {
            return List.of(new Bar("", 0, BarKind.NO_VALUES));
        }
        List<Bar> bars = new ArrayList<>();
        long other = 0;
        for (int i = 0; i < order.length; i++) {
            if (i < TOP_VALUES) {
                bars.add(new Bar(column.levels().get(order[i]), counts[order[i]], BarKind.VALUE));
            } else {
                other += counts[order[i]];
            }
        }
        if (other > 0) {
            bars.add(new Bar("", other, BarKind.OTHER));
        }
        return bars;
    }
}
