package com.discountworkbench.policy;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.NumericColumn;
import java.util.Locale;
import java.util.Set;

/** Reads the cells of an outcomes file: bought flags, amounts paid and control-group flags, with row-level errors. */
final class OutcomeValues {
    private static final Set<String> YES = Set.of("1", "yes", "y", "true", "t", "bought", "buy", "purchased",
            "converted", "是");
    private static final Set<String> NO = Set.of("0", "no", "n", "false", "f", "否");
    private static final Set<String> CONTROL = Set.of("1", "yes", "y", "true", "t", "control", "holdout", "是");
    private static final Set<String> TREATED = Set.of("", "0", "no", "n", "false", "f", "treated", "policy", "否");

    private OutcomeValues() {
    }

    /** 1 when the customer bought, else 0; a missing or unknown value is an error (the outcome is the point). */
    static boolean bought(Column column, int row) {
        if (column instanceof NumericColumn numbers) {
            float value = numbers.get(row);
            if (value == 1f || value == 0f) {
                return value == 1f;
            }
        } else {
            String value = normalized(column, row);
            if (YES.contains(value) || NO.contains(value)) {
                return YES.contains(value);
            }
        }
        throw cellError(column, row, "says whether the customer bought; write 1/0, yes/no or true/false");
    }

    /** What the customer paid; an empty cell is 0 (a non-buyer). */
    static double spend(Column column, int row) {
        if (!(column instanceof NumericColumn numbers)) {
            throw new DataException("Column '" + column.name() + "' must hold amounts paid (numbers), but it holds "
                    + "text such as '" + column.display(row) + "'.", null, -1, column.name(), null);
        }
        float value = numbers.get(row);
        if (value < 0) {
            throw cellError(column, row, "is an amount paid and cannot be negative");
        }
        return Float.isNaN(value) ? 0 : value;
    }

    /** Whether the customer is in the control group; an empty cell means no. */
    static boolean holdout(Column column, int row) {
        if (column instanceof NumericColumn numbers) {
            float value = numbers.get(row);
            return !Float.isNaN(value) && value != 0f;
        }
        String value = normalized(column, row);
        if (CONTROL.contains(value) || TREATED.contains(value)) {
            return CONTROL.contains(value);
        }
        throw cellError(column, row, "marks the control group; write true/false, yes/no or 1/0");
    }

    private static String normalized(Column column, int row) {
        String text = column instanceof CategoricalColumn categories ? categories.get(row) : column.display(row);
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static DataException cellError(Column column, int row, String rule) {
        String value = column.display(row);
        return new DataException("Data row " + (row + 1) + " has " + (value.isEmpty() ? "no value" : "'" + value + "'")
                + " in column '" + column.name() + "', which " + rule + ".", null, -1, column.name(), null);
    }
}
