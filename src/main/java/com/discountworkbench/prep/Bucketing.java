package com.discountworkbench.prep;

import com.discountworkbench.data.DataException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a numeric column into one-hot buckets, either at the analyst's edges or at training quantiles.
 * Edges are inclusive upper bounds: edges 18, 35, 50 give the buckets ≤18, 19–35, 36–50 and 51+ for ages.
 * Bucketing replaces scaling, log1p and clipping for that column.
 *
 * @param edges        ascending inclusive upper bounds; empty when {@code quantileBins} is used
 * @param quantileBins number of equally populated bins fitted on the training rows; 0 when edges are given
 */
public record Bucketing(List<Double> edges, int quantileBins) {

    public Bucketing {
        edges = edges == null ? List.of() : List.copyOf(edges);
        if (edges.isEmpty() == (quantileBins == 0)) {
            throw new DataException("Bucketing needs either edges or a number of quantile bins (not both).");
        }
        if (quantileBins < 0 || quantileBins == 1) {
            throw new DataException("Quantile bucketing needs at least 2 bins, got " + quantileBins + ".");
        }
        for (int i = 0; i < edges.size(); i++) {
            if (!Double.isFinite(edges.get(i)) || i > 0 && edges.get(i) <= edges.get(i - 1)) {
                throw new DataException("Bucket edges must be finite and strictly ascending, got " + edges + ".");
            }
        }
    }

    public static Bucketing atEdges(double... upperBounds) {
        List<Double> list = new ArrayList<>(upperBounds.length);
        for (double bound : upperBounds) {
            list.add(bound);
        }
        return new Bucketing(list, 0);
    }

    public static Bucketing quantiles(int bins) {
        return new Bucketing(List.of(), bins);
    }
}
