package com.discountworkbench.prep;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import java.math.BigDecimal;
import java.math.MathContext;

/** Column look-ups with the analyst-facing errors the preprocessing needs. */
final class Columns {
    private Columns() { }

    /** The named column, or an error saying what the model needs it for. */
    static Column require(Dataset data, String name, String purpose) {
        return data.find(name).orElseThrow(() -> new DataException("The data has no column '" + name
                + "', which the model uses as " + purpose + ". Add the column (same name) to the file.",
                null, -1, name, null));
    }

    /** The column as numbers, or an error when this file holds text where the model expects numbers. */
    static NumericColumn numeric(Column column, String purpose) {
        if (column instanceof NumericColumn numbers) {
            return numbers;
        }
        CategoricalColumn text = (CategoricalColumn) column;
        String example = text.levels().isEmpty() ? "" : " (for example '" + text.levels().get(0) + "')";
        throw new DataException("The column holds text" + example + ", but the model uses it as " + purpose
                + ", which must be numbers. Fix the values or change the column's role.", null, -1,
                column.name(), null);
    }

    /** A number as an analyst would write it: at most 6 significant digits, no trailing zeros. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
