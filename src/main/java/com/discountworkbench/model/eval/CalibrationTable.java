package com.discountworkbench.model.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Predicted versus observed purchase rate in ten bins of equal size, from the lowest predicted probability to the
 * highest. Equal-size bins (rather than equal-width ones) keep every bin populated when buyers are rare and most
 * probabilities sit near zero.
 */
public record CalibrationTable(List<Bin> bins) {
    public static final int BINS = 10;

    /** One bin: its rows, their mean predicted probability and their observed purchase rate. */
    public record Bin(int rows, double meanPredicted, double observedRate) {
    }

    public CalibrationTable {
        bins = List.copyOf(bins);
    }

    public static CalibrationTable of(float[] probabilities, float[] labels) {
        Ranking.requireSameLength(probabilities, labels);
        int[] order = Ranking.descending(probabilities);
        int[] starts = Ranking.sliceStarts(order.length, BINS);
        List<Bin> bins = new ArrayList<>();
        for (int b = BINS - 1; b >= 0; b--) {
            int rows = starts[b + 1] - starts[b];
            if (rows == 0) {
                continue;
            }
            double predicted = 0, observed = 0;
            for (int r = starts[b]; r < starts[b + 1]; r++) {
                predicted += probabilities[order[r]];
                observed += Ranking.isPositive(labels[order[r]]) ? 1 : 0;
            }
            bins.add(new Bin(rows, predicted / rows, observed / rows));
        }
        return new CalibrationTable(bins);
    }
}
