package com.discountworkbench.prep;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.NumericColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * A number turned into one-hot buckets. Edges are inclusive upper bounds: with edges 18, 35, 50 an age of 18
 * falls in the first bucket, 19 in the second and 51 in the last.
 *
 * @param fill       the fitted value for a missing entry, bucketed like any other value
 * @param upperEdges ascending inclusive upper bounds; one bucket more than edges
 */
public record BucketFeature(String column, Imputation missing, double fill, boolean missingIndicator,
                            List<Double> upperEdges) implements FittedColumn {

    public BucketFeature {
        upperEdges = List.copyOf(upperEdges);
    }

    static BucketFeature fit(ColumnSpec spec, NumericColumn source, int[] rows) {
        double[] sorted = Stats.sortedPresent(source, rows);
        if (sorted.length == 0) {
            throw new DataException("The column has no values in the training rows. Set its role to ignore.",
                    null, -1, source.name(), null);
        }
        Bucketing bucketing = spec.bucketing();
        List<Double> edges = bucketing.edges();
        if (bucketing.quantileBins() > 0) {
            edges = new ArrayList<>();
            for (int k = 1; k < bucketing.quantileBins(); k++) {
                double edge = Stats.quantile(sorted, (double) k / bucketing.quantileBins());
                if (edges.isEmpty() || edge > edges.get(edges.size() - 1)) {
                    edges.add(edge);
                }
            }
        }
        return new BucketFeature(source.name(), spec.missing(), NumericFeature.fillValue(spec, sorted,
                source.name()), spec.missingIndicator(), edges);
    }

    /** The bucket of a value: the first edge it does not exceed, or the last bucket. */
    static int bucketOf(float value, float[] edges) {
        int low = 0;
        int high = edges.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (value <= edges[middle]) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    @Override
    public List<String> outputNames() {
        List<String> names = new ArrayList<>();
        int last = upperEdges.size();
        for (int bucket = 0; bucket <= last; bucket++) {
            if (last == 0) {
                names.add(column + " (all)");
            } else if (bucket == 0) {
                names.add(column + " <= " + Columns.format(upperEdges.get(0)));
            } else if (bucket == last) {
                names.add(column + " > " + Columns.format(upperEdges.get(last - 1)));
            } else {
                names.add(column + " in (" + Columns.format(upperEdges.get(bucket - 1)) + ", "
                        + Columns.format(upperEdges.get(bucket)) + "]");
            }
        }
        if (missingIndicator) {
            names.add(FittedColumn.indicatorName(column));
        }
        return names;
    }

    @Override
    public ColumnWriter bind(Column source) {
        float[] values = Columns.numeric(source, "a bucketed feature").values();
        float[] edges = new float[upperEdges.size()];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = upperEdges.get(i).floatValue();
        }
        float filled = (float) fill;
        int indicator = edges.length + 1;
        return (rows, from, to, out, stride, offset) -> {
            for (int i = from; i < to; i++) {
                float raw = values[rows[i]];
                boolean absent = Float.isNaN(raw);
                int at = i * stride + offset;
                out[at + bucketOf(absent ? filled : raw, edges)] = 1f;
                if (missingIndicator && absent) {
                    out[at + indicator] = 1f;
                }
            }
        };
    }

    @Override
    public String describe() {
        List<String> names = outputNames();
        return column + ": " + (upperEdges.size() + 1) + " buckets (" + String.join(" | ",
                names.subList(0, upperEdges.size() + 1)) + "), "
                + FittedColumn.describeMissing(missing, Columns.format(fill), missingIndicator);
    }
}
