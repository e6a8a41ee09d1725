package com.discountworkbench.prep;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The label, spend and margin columns read as model targets and economics, for chosen rows. */
final class Targets {
    private static final Set<String> POSITIVE = Set.of("1", "yes", "y", "true", "t", "bought", "buy",
            "purchased", "purchase", "converted");
    private static final Set<String> NEGATIVE = Set.of("0", "no", "n", "false", "f");

    private Targets() { }

    /** 1 for "bought", 0 otherwise, from 0/1 numbers, booleans or a two-valued text column. */
    static float[] labels(Dataset data, String labelColumn, String positiveLabel, int[] rows) {
        if (labelColumn == null) {
            throw new DataException("No column has the role label. Choose the column that says whether the "
                    + "customer bought.");
        }
        Column column = Columns.require(data, labelColumn, "the label (bought or not)");
        float[] labels = new float[rows.length];
        if (column instanceof NumericColumn numbers) {
            for (int i = 0; i < rows.length; i++) {
                float value = numbers.get(rows[i]);
                if (value != 0f && value != 1f) {
                    throw notBinary(labelColumn, rows[i], numbers.display(rows[i]));
                }
                labels[i] = value;
            }
            return labels;
        }
        CategoricalColumn text = (CategoricalColumn) column;
        List<String> present = LevelCounts.of(text, rows).names();
        if (present.size() > 2) {
            throw new DataException("The label must have two values (bought or not), but it has "
                    + present.size() + ": " + String.join(", ", present.subList(0, Math.min(5, present.size())))
                    + ". Recode it as 0/1 or choose another label column.", null, -1, labelColumn, null);
        }
        String positive = positiveLabel != null ? positiveLabel : recognizedPositive(present, labelColumn);
        for (int i = 0; i < rows.length; i++) {
            String value = text.get(rows[i]);
            if (value == null) {
                throw notBinary(labelColumn, rows[i], "");
            }
            labels[i] = value.equalsIgnoreCase(positive) ? 1f : 0f;
        }
        return labels;
    }

    /** The level among yes/true/1… that means bought; null when every level present means "not bought". */
    private static String recognizedPositive(List<String> present, String labelColumn) {
        List<String> unknown = new ArrayList<>();
        for (String level : present) {
            String normalized = level.trim().toLowerCase(Locale.ROOT);
            if (POSITIVE.contains(normalized)) {
                return level;
            }
            if (!NEGATIVE.contains(normalized)) {
                unknown.add(level);
            }
        }
        if (unknown.isEmpty()) {
            return null;
        }
        throw new DataException("Cannot tell which label value means 'bought' (values: " + String.join(", ",
                present) + "). Set the positive label in the preprocessing settings.", null, -1, labelColumn, null);
    }

    private static DataException notBinary(String column, int row, String value) {
        String what = value.isEmpty() ? "no label value" : "the label '" + value + "'";
        return new DataException("Data row " + (row + 1) + " has " + what + "; the label must be 0/1, yes/no or "
                + "true/false for every row. Fix or remove the row.", null, -1, column, null);
    }

    /** What each customer paid; a missing value (a non-buyer) counts as 0. */
    static float[] values(Dataset data, String valueColumn, int[] rows) {
        if (valueColumn == null) {
            throw new DataException("No column has the role value. Choose the column with what the customer "
                    + "spent.");
        }
        NumericColumn column = Columns.numeric(Columns.require(data, valueColumn, "the spend (value)"),
                "the spend (value)");
        float[] values = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            float value = column.get(rows[i]);
            values[i] = Float.isNaN(value) ? 0f : value;
        }
        return values;
    }

    /**
     * Cost of goods as a share of the list price, 1 − gross margin rate, per customer; customers without a
     * margin value (or data without the margin column) get {@code 1 − defaultMarginRate}.
     */
    static float[] costRatios(Dataset data, String marginColumn, double defaultMarginRate, int[] rows) {
        if (!(defaultMarginRate <= 1)) {
            throw new DataException("The default gross margin rate must be a fraction (0.35 for 35 %), got "
                    + defaultMarginRate + ".");
        }
        float fallback = (float) (1 - defaultMarginRate);
        float[] costs = new float[rows.length];
        Column source = marginColumn == null ? null : data.find(marginColumn).orElse(null);
        if (source == null) {
            Arrays.fill(costs, fallback);
            return costs;
        }
        NumericColumn margins = Columns.numeric(source, "the gross margin rate");
        for (int i = 0; i < rows.length; i++) {
            float margin = margins.get(rows[i]);
            if (margin > 1) {
                throw new DataException("Gross margin rates must be fractions (0.35 for 35 %), but data row "
                        + (rows[i] + 1) + " has " + margins.display(rows[i]) + ".", null, -1, marginColumn, null);
            }
            costs[i] = Float.isNaN(margin) ? fallback : 1 - margin;
        }
        return costs;
    }
}
