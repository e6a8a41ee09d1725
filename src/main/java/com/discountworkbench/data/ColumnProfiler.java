package com.discountworkbench.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** Summarizes columns for the quality report: missing, distinct, min/max/mean or the most frequent values. */
public final class ColumnProfiler {
    /** How many of the most frequent values a text column's profile lists. */
    public static final int TOP_VALUES = 5;

    private final NumericSummarizer summarizer = new NumericSummarizer();

    /**
     * Profiles of all columns of the dataset, with the roles it carries. Columns are profiled on all cores
     * (counting distinct values of a million-row column takes milliseconds), each worker reusing one profiler.
     */
    public static List<ColumnProfile> profile(Dataset data) {
        List<Column> columns = data.columns();
        ColumnProfile[] profiles = new ColumnProfile[columns.size()];
        int workers = Math.max(1, Math.min(columns.size(), Runtime.getRuntime().availableProcessors()));
        IntStream.range(0, workers).parallel().forEach(worker -> {
            ColumnProfiler profiler = new ColumnProfiler();
            for (int i = worker; i < profiles.length; i += workers) {
                profiles[i] = profiler.profile(columns.get(i), data.role(columns.get(i).name()));
            }
        });
        return List.of(profiles);
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
        double mean = Double.parseDouble(String.format(Locale.ROOT, "%.7g", summarizer.sum / present));
        return new ColumnProfile(column.name(), column.type(), role, missing, summarizer.distinct, summarizer.min,
                summarizer.max, mean, List.of());
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
        int distinct = 0;
        for (int count : counts) {
            distinct += count > 0 ? 1 : 0;
        }
        List<ValueCount> top = new ArrayList<>();
        for (int code : mostFrequent(counts, TOP_VALUES)) {
            top.add(new ValueCount(column.levels().get(code), counts[code]));
        }
        return new ColumnProfile(column.name(), column.type(), role, missing, distinct, null, null, null, top);
    }

    /**
     * Codes of the {@code k} largest counts, largest first, earlier codes first among equals; one pass that keeps
     * a sorted list of k, so an identifier column with a million levels is not sorted.
     */
    private static int[] mostFrequent(int[] counts, int k) {
        int[] best = new int[Math.min(k, counts.length)];
        int held = 0;
        for (int code = 0; code < counts.length; code++) {
            if (counts[code] == 0 || held == best.length && counts[code] <= counts[best[held - 1]]) {
                continue;
            }
            int at = held == best.length ? held - 1 : held++;
            while (at > 0 && counts[best[at - 1]] < counts[code]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = code;
        }
        return Arrays.copyOf(best, held);
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
