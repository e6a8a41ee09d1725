package com.discountworkbench.model.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Uplift evaluation for a randomized binary treatment (offer vs. no offer), with Radcliffe's Qini definition.
 *
 * <p>Customers are sorted by predicted uplift, highest first. For the top {@code k} customers, with {@code Y_t(k)},
 * {@code Y_c(k)} the summed outcomes and {@code N_t(k)}, {@code N_c(k)} the counts of treated and control customers:
 * <pre>  Q(k) = Y_t(k) − Y_c(k) · N_t(k) / N_c(k)      (the second term is 0 while N_c(k) = 0)</pre>
 * that is, the incremental outcomes gained by treating those customers. Customers with equal predicted uplift enter
 * together, so the curve only has points after a whole tie group.
 *
 * <p>Normalization used for the points and areas here: x = k / N (share of customers targeted) and
 * y = Q(k) / N_t (incremental outcome per treated customer), so y(1) is the overall treatment effect
 * {@code Y_t/N_t − Y_c/N_c}. {@link #auuc} is the trapezoid area under that curve on [0, 1]; {@link #qini} is the
 * area between the curve and the random-targeting diagonal from (0, 0) to (1, y(1)), i.e. {@code auuc − y(1)/2}:
 * positive when the model ranks better than random.
 *
 * @param points  the curve, starting at (0, 0)
 * @param deciles observed and predicted uplift by decile of predicted uplift
 */
public record QiniCurve(List<Point> points, double auuc, double qini, List<UpliftDecile> deciles) {

    public record Point(double targetedShare, double incrementalPerTreated) {
    }

    /**
     * @param decile          1 = highest predicted uplift
     * @param observedUplift  treated outcome rate − control outcome rate in the decile (NaN if one arm is empty)
     * @param predictedUplift mean predicted uplift in the decile
     */
    public record UpliftDecile(int decile, int treated, int control, double treatedRate, double controlRate,
            double observedUplift, double predictedUplift) {
    }

    public QiniCurve {
        points = List.copyOf(points);
        deciles = List.copyOf(deciles);
    }

    /**
     * @param predictedUplift model's predicted effect of treating each customer
     * @param outcome         observed outcome (1/0 purchase, or spend)
     * @param treated         whether each customer was in the treated arm
     */
    public static QiniCurve of(float[] predictedUplift, float[] outcome, boolean[] treated) {
        Ranking.requireSameLength(predictedUplift, outcome);
        if (treated.length != outcome.length) {
            throw new IllegalArgumentException(treated.length + " treatment flags for " + outcome.length + " outcomes");
        }
        int[] order = Ranking.descending(predictedUplift);
        int n = order.length;
        long totalTreated = 0;
        for (boolean t : treated) {
            totalTreated += t ? 1 : 0;
        }
        if (totalTreated == 0 || totalTreated == n) {
            throw new IllegalArgumentException("The Qini curve needs both treated and control customers");
        }
        List<Point> points = new ArrayList<>();
        points.add(new Point(0, 0));
        double yt = 0, yc = 0, area = 0, previousX = 0, previousY = 0;
        long nt = 0, nc = 0;
        int i = 0;
        while (i < n) {
            float score = predictedUplift[order[i]];
            while (i < n && predictedUplift[order[i]] == score) {
                int row = order[i];
                if (treated[row]) {
                    nt++;
                    yt += outcome[row];
                } else {
                    nc++;
                    yc += outcome[row];
                }
                i++;
            }
            double q = yt - (nc == 0 ? 0 : yc * nt / nc);
            double x = (double) i / n;
            double y = q / totalTreated;
            area += (x - previousX) * (y + previousY) / 2;
            points.add(new Point(x, y));
            previousX = x;
            previousY = y;
        }
        return new QiniCurve(points, area, area - previousY / 2, deciles(order, predictedUplift, outcome, treated));
    }

    private static List<UpliftDecile> deciles(int[] order, float[] predicted, float[] outcome, boolean[] treated) {
        int[] starts = Ranking.sliceStarts(order.length, LiftTable.DECILES);
        List<UpliftDecile> result = new ArrayList<>();
        for (int d = 0; d < LiftTable.DECILES; d++) {
            int nt = 0, nc = 0;
            double yt = 0, yc = 0, predictedSum = 0;
            for (int r = starts[d]; r < starts[d + 1]; r++) {
                int row = order[r];
                predictedSum += predicted[row];
                if (treated[row]) {
                    nt++;
                    yt += outcome[row];
                } else {
                    nc++;
                    yc += outcome[row];
                }
            }
            int rows = nt + nc;
            if (rows == 0) {
                continue;
            }
            double treatedRate = nt == 0 ? Double.NaN : yt / nt;
            double controlRate = nc == 0 ? Double.NaN : yc / nc;
            result.add(new UpliftDecile(d + 1, nt, nc, treatedRate, controlRate, treatedRate - controlRate,
                    predictedSum / rows));
        }
        return result;
    }
}
