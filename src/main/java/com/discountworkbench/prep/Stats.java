package com.discountworkbench.prep;

import com.discountworkbench.data.NumericColumn;
import java.util.Arrays;

/** Summary statistics over the non-missing values of chosen rows, in double precision. */
final class Stats {
    private Stats() { }

    /** The non-missing values at the given rows, sorted ascending. */
    static double[] sortedPresent(NumericColumn column, int[] rows) {
        double[] sorted = present(column, rows);
        Arrays.sort(sorted);
        return sorted;
    }

    /** The non-missing values at the given rows, in row order. */
    static double[] present(NumericColumn column, int[] rows) {
        float[] values = column.values();
        double[] present = new double[rows.length];
        int count = 0;
        for (int row : rows) {
            float v = values[row];
            if (!Float.isNaN(v)) {
                present[count++] = v;
            }
        }
        return Arrays.copyOf(present, count);
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Population standard deviation. */
    static double standardDeviation(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / values.length);
    }

    /** Sample skewness (third standardized moment); 0 for constant columns. */
    static double skewness(double[] values) {
        double mean = mean(values);
        double m2 = 0;
        double m3 = 0;
        for (double v : values) {
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
        }
        m2 /= values.length;
        m3 /= values.length;
        return m2 == 0 ? 0 : m3 / Math.pow(m2, 1.5);
    }

    /** Linear interpolation between the closest ranks, like numpy's default. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** The most frequent value; ties go to the smallest. */
    static double mostFrequent(double[] sorted) {
        double best = sorted[0];
        int bestCount = 0;
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] != sorted[start]) {
                if (i - start > bestCount) {
                    bestCount = i - start;
                    best = sorted[start];
                }
                start = i;
            }
        }
        return best;
    }
}
