package com.discountworkbench.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Summarizes columns for the quality report: missing, distinct, min/max/mean or the most frequent values. */
public final class ColumnProfiler {
    /** How many of the most frequent values a text column's profile lists. */
    public static final int TOP_VALUES = 5;

    private final NumericSummarizer summarizer = new NumericSummarizer();

    /** Profiles of all columns of the dataset, with the roles it carries. */
    public static List<ColumnProfile> profile(Dataset data) {
        ColumnProfiler profiler = new ColumnProfiler();
        List<ColumnProfile> profiles = new ArrayList<>(data.columnCount());
        for (Column column : data.columns()) {
            profiles.add(profiler.profile(column, data.role(column.name())));
        }
        return profiles;
    }

    public ColumnProfile profile(Column column, ColumnRole role) {
        if (column instanceof NumericColumn numeric) {
            return numeric(numeric, role);
        }
        return categorical((CategoricalColumn) column, role);
    }

    private ColumnProfile numeric(NumericColumn column, ColumnRole role) {
        summarizer.summarize(column.values());
        int missing = summarizer.missing;
        int present = column.size() - missing;
        if (present == 0) {
            return new ColumnProfile(column.name(), column.type(), role, missing, 0, null, null, null, List.of());
        }
        return new ColumnProfile(column.name(), column.type(), role, missing, summarizer.distinct, summarizer.min,
                summarizer.max, summarizer.sum / present, List.of());
    }

    private static ColumnProfile categorical(CategoricalColumn column, ColumnRole role) {
        int[] counts = new int[column.levels().size()];
        int missing = 0;
        for (int code : column.codes()) {
            if (code == CategoricalColumn.MISSING) {
                missing++;
            } else {
                counts[code]++;
            }
        }
        int distinct = (int) IntStream.of(counts).filter(c -> c > 0).count();
        List<ValueCount> top = IntStream.range(0, counts.length).filter(i -> counts[i] > 0).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -counts[i]).thenComparingInt(i -> i))
                .limit(TOP_VALUES)
                .map(i -> new ValueCount(column.levels().get(i), counts[i]))
                .toList();
        return new ColumnProfile(column.name(), column.type(), role, missing, distinct, null, null, null, top);
    }

    /** A number as an analyst reads it: whole numbers as such, others to 4 significant digits (more for large ones). */
    public static String formatNumber(Double value) {
        if (value == null) {
            return "";
        }
        double v = value;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        if (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e15) {
            return String.format(Locale.ROOT, "%.4g", v);
        }
        int integerDigits = Math.max(0, (int) Math.floor(Math.log10(Math.abs(v))) + 1);
        MathContext precision = new MathContext(Math.max(4, integerDigits + 2));
        return new BigDecimal(v).round(precision).stripTrailingZeros().toPlainString();
    }

    /** A numeric summary value in the column's own terms: dates as ISO dates. */
    public static String formatValue(ColumnType type, Double value) {
        if (value != null && type == ColumnType.DATE) {
            return LocalDate.ofEpochDay(Math.round(value)).toString();
        }
        return formatNumber(value);
    }
}
