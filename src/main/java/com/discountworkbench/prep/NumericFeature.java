package com.discountworkbench.prep;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.NumericColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A number filled, clipped, log-transformed and scaled with training statistics: feature =
 * (log1p?(clip(fill(x))) − center) / scale, plus an optional missing indicator.
 *
 * @param fill     the fitted value for a missing entry (unused when rows are dropped)
 * @param clipLow  lower clipping bound from a training quantile; null for none
 * @param clipHigh upper clipping bound from a training quantile; null for none
 */
public record NumericFeature(String column, Imputation missing, double fill, boolean missingIndicator,
                             Double clipLow, Double clipHigh, boolean log1p, Scaling scaling, double center,
                             double scale) implements FittedColumn {

    static NumericFeature fit(ColumnSpec spec, NumericColumn source, int[] rows) {
        double[] sorted = Stats.sortedPresent(source, rows);
        if (sorted.length == 0) {
            throw new DataException("The column has no values in the training rows. Set its role to ignore.",
                    null, -1, source.name(), null);
        }
        double fill = fillValue(spec, sorted, source.name());
        Double low = spec.clipping() == null ? null : Stats.quantile(sorted, spec.clipping().lowerQuantile());
        Double high = spec.clipping() == null ? null : Stats.quantile(sorted, spec.clipping().upperQuantile());
        NumericFeature unscaled = new NumericFeature(source.name(), spec.missing(), fill, spec.missingIndicator(),
                low, high, spec.log1p(), Scaling.NONE, 0, 1);
        Steps steps = unscaled.steps();
        double[] transformed = new double[rows.length];
        float[] values = source.values();
        for (int i = 0; i < rows.length; i++) {
            transformed[i] = steps.apply(values[rows[i]]);
        }
        double center = 0;
        double scale = 1;
        switch (spec.scaling()) {
            case STANDARD -> {
                center = Stats.mean(transformed);
                scale = Stats.standardDeviation(transformed);
            }
            case MIN_MAX -> {
                center = Arrays.stream(transformed).min().orElseThrow();
                scale = Arrays.stream(transformed).max().orElseThrow() - center;
            }
            case ROBUST -> {
                Arrays.sort(transformed);
                center = Stats.quantile(transformed, 0.5);
                scale = Stats.quantile(transformed, 0.75) - Stats.quantile(transformed, 0.25);
            }
            case NONE -> { }
        }
        return new NumericFeature(source.name(), spec.missing(), fill, spec.missingIndicator(), low, high,
                spec.log1p(), spec.scaling(), center, scale > 0 ? scale : 1);
    }

    /** The imputation statistic of the raw training values (0 when rows with missing values are dropped). */
    static double fillValue(ColumnSpec spec, double[] sorted, String column) {
        return switch (spec.missing()) {
            case MEAN -> Stats.mean(sorted);
            case MEDIAN -> Stats.quantile(sorted, 0.5);
            case MOST_FREQUENT -> Stats.mostFrequent(sorted);
            case CONSTANT -> parseFill(spec.fillValue(), column);
            case DROP_ROW -> 0;
        };
    }

    private static double parseFill(String text, String column) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new DataException("The fill value '" + text + "' is not a number; this column holds numbers.",
                    null, -1, column, e);
        }
    }

    /** The per-value arithmetic, in float like the networks, shared by fitting and encoding. */
    private record Steps(float fill, float low, float high, boolean log1p, float center, float inverseScale) {
        float apply(float raw) {
            float v = Math.min(Math.max(Float.isNaN(raw) ? fill : raw, low), high);
            if (log1p) {
                v = (float) (Math.signum(v) * Math.log1p(Math.abs(v)));
            }
            return (v - center) * inverseScale;
        }
    }

    private Steps steps() {
        return new Steps((float) fill, clipLow == null ? Float.NEGATIVE_INFINITY : clipLow.floatValue(),
                clipHigh == null ? Float.POSITIVE_INFINITY : clipHigh.floatValue(), log1p, (float) center,
                (float) (1 / scale));
    }

    @Override
    public List<String> outputNames() {
        List<String> names = new ArrayList<>(List.of(column));
        if (missingIndicator) {
            names.add(FittedColumn.indicatorName(column));
        }
        return names;
    }

    @Override
    public ColumnWriter bind(Column source) {
        float[] values = Columns.numeric(source, "a numeric feature").values();
        Steps steps = steps();
        return (rows, from, to, out, stride, offset) -> {
            for (int i = from; i < to; i++) {
                float raw = values[rows[i]];
                int at = i * stride + offset;
                out[at] = steps.apply(raw);
                if (missingIndicator && Float.isNaN(raw)) {
                    out[at + 1] = 1f;
                }
            }
        };
    }

    @Override
    public String describe() {
        StringBuilder text = new StringBuilder(column).append(": number, ")
                .append(FittedColumn.describeMissing(missing, Columns.format(fill), missingIndicator));
        if (clipLow != null) {
            text.append(", clipped to [").append(Columns.format(clipLow)).append(", ")
                    .append(Columns.format(clipHigh)).append(']');
        }
        if (log1p) {
            text.append(", log1p");
        }
        if (scaling != Scaling.NONE) {
            text.append(", ").append(scaling.name().toLowerCase().replace('_', '-')).append(" scaled (center ")
                    .append(Columns.format(center)).append(", scale ").append(Columns.format(scale)).append(')');
        }
        return text.toString();
    }
}
