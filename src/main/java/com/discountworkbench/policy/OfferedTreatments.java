package com.discountworkbench.policy;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.RateTreatment;
import com.discountworkbench.prep.TreatmentLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The treatment each customer of a campaign was sent, as levels the model can score: discount rates (any rate,
 * the model interpolates between its trained levels) or the model's named offers.
 *
 * @param grid    the distinct treatments, ascending rates or named offers in the model's order
 * @param indices per given row, the index in {@code grid}
 */
record OfferedTreatments(List<TreatmentLevel> grid, int[] indices) {
    /** Rates are compared to this many decimals, as the preprocessing does. */
    private static final double PRECISION = 1e6;

    static OfferedTreatments read(FittedPreprocessor prep, Column column, int[] rows) {
        boolean named = prep.treatmentLevels().stream().anyMatch(TreatmentLevel::isNamed);
        return named ? named(prep, column, rows) : rates(prep, column, rows);
    }

    private static OfferedTreatments rates(FittedPreprocessor prep, Column column, int[] rows) {
        if (!(column instanceof NumericColumn numbers)) {
            throw new DataException("Column '" + column.name() + "' must hold the discount rate each customer was "
                    + "sent (0.15 for 15 %), but it holds text such as '" + column.display(rows[0]) + "'.",
                    null, -1, column.name(), null);
        }
        // The treatment column keeps the training file's unit; other columns (the policy export's) hold rates.
        boolean percent = column.name().equals(prep.treatment().column())
                && prep.treatment() instanceof RateTreatment rate && rate.percent();
        double[] offered = new double[rows.length];
        TreeSet<Double> distinct = new TreeSet<>();
        for (int i = 0; i < rows.length; i++) {
            float value = numbers.get(rows[i]);
            double rate = Math.round((percent ? value / 100.0 : value) * PRECISION) / PRECISION;
            if (!(rate >= 0 && rate < 1)) {
                throw new DataException("Data row " + (rows[i] + 1) + " has '" + numbers.display(rows[i])
                        + "' as the discount sent; it must be a rate from 0 up to 1 (0.15 for 15 %).",
                        null, -1, column.name(), null);
            }
            offered[i] = rate;
            distinct.add(rate);
        }
        List<Double> rates = new ArrayList<>(distinct);
        int[] indices = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            indices[i] = rates.indexOf(offered[i]);
        }
        return new OfferedTreatments(rates.stream().map(TreatmentLevel::discount).toList(), indices);
    }

    private static OfferedTreatments named(FittedPreprocessor prep, Column column, int[] rows) {
        List<TreatmentLevel> levels = prep.treatmentLevels();
        List<String> names = levels.stream().map(TreatmentLevel::name).toList();
        int[] indices = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            indices[i] = names.indexOf(column.display(rows[i]).strip());
            if (indices[i] < 0) {
                throw new DataException("Data row " + (rows[i] + 1) + " was sent '" + column.display(rows[i])
                        + "', an offer the model does not know. Offers are: " + String.join(", ", names) + ".",
                        null, -1, column.name(), null);
            }
        }
        return new OfferedTreatments(levels, indices);
    }
}
