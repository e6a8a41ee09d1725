package com.discountworkbench.model.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Lift and cumulative gain by decile: customers sorted from the highest predicted probability, cut into ten groups
 * of equal size. Decile 1 holds the 10 % the model likes best.
 */
public record LiftTable(List<Decile> deciles) {
    public static final int DECILES = 10;

    /**
     * @param decile         1 = highest scores
     * @param rows           customers in this decile
     * @param buyers         buyers in this decile
     * @param responseRate   buyers / rows
     * @param lift           response rate relative to the overall rate
     * @param cumulativeGain share of all buyers found in deciles 1..this one
     * @param cumulativeLift response rate of deciles 1..this one relative to the overall rate
     */
    public record Decile(int decile, int rows, long buyers, double responseRate, double lift, double cumulativeGain,
            double cumulativeLift) {
    }

    public LiftTable {
        deciles = List.copyOf(deciles);
    }

    public static LiftTable of(float[] probabilities, float[] labels) {
        Ranking.requireSameLength(probabilities, labels);
        long totalBuyers = 0;
        for (float label : labels) {
            totalBuyers += Ranking.isPositive(label) ? 1 : 0;
        }
        double overallRate = (double) totalBuyers / labels.length;
        int[] order = Ranking.descending(probabilities);
        int[] starts = Ranking.sliceStarts(order.length, DECILES);
        List<Decile> deciles = new ArrayList<>();
        long cumulativeBuyers = 0;
        for (int d = 0; d < DECILES; d++) {
            int rows = starts[d + 1] - starts[d];
            if (rows == 0) {
                continue;
            }
            long buyers = 0;
            for (int r = starts[d]; r < starts[d + 1]; r++) {
                buyers += Ranking.isPositive(labels[order[r]]) ? 1 : 0;
            }
            cumulativeBuyers += buyers;
            double rate = (double) buyers / rows;
            double cumulativeRate = (double) cumulativeBuyers / starts[d + 1];
            deciles.add(new Decile(d + 1, rows, buyers, rate, divide(rate, overallRate),
                    divide(cumulativeBuyers, totalBuyers), divide(cumulativeRate, overallRate)));
        }
        return new LiftTable(deciles);
    }

    private static double divide(double numerator, double denominator) {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
