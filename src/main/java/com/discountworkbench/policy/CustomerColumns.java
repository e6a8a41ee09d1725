package com.discountworkbench.policy;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.prep.FittedPreprocessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the per-customer parts of a policy problem from the customer file: margins, segments, ids. */
final class CustomerColumns {
    /** More segments than this make the per-segment tables unreadable; it is usually an id-like column. */
    static final int MAX_SEGMENTS = 50;

    private CustomerColumns() {
    }

    /**
     * One margin rate for everyone when set; otherwise the chosen margin column, else the model's margin
     * column when the file has it.
     */
    static CustomerEconomics economics(FittedPreprocessor prep, Dataset customers, PolicySettings settings) {
        if (settings.marginRate() != null) {
            return CustomerEconomics.uniformMargin(customers.rowCount(), settings.marginRate());
        }
        String name = settings.marginColumn();
        if (name == null) {
            name = prep.marginColumn();
            if (name == null || customers.find(name).isEmpty()) {
                throw new DataException(missingMarginMessage(prep, customers));
            }
        }
        Column column = customers.column(name);
        if (!(column instanceof NumericColumn margins)) {
            throw new DataException("The margin column must hold gross margin rates as numbers (0.35 for 35 %), "
                    + "but it holds text.", null, -1, name, null);
        }
        return CustomerEconomics.fromMarginColumn(margins, Double.NaN);
    }

    private static String missingMarginMessage(FittedPreprocessor prep, Dataset customers) {
        String why = prep.marginColumn() == null
                ? "the model was trained without a margin column"
                : "the customer file has no column '" + prep.marginColumn() + "' (the model's margin column)";
        return "Profit needs each customer's gross margin rate, but " + why + ". Give one rate for everyone "
                + "(--margin-rate 0.35 for 35 %) or name the column that holds it (--margin-column COL; columns "
                + "are: " + String.join(", ", customers.columns().stream().map(Column::name).toList()) + ").";
    }

    /** Everyone in one segment, or one segment per distinct value of the column (missing values together). */
    static Segments segments(Dataset customers, String columnName) {
        if (columnName == null) {
            return Segments.single(customers.rowCount());
        }
        Column column = customers.column(columnName);
        if (column instanceof CategoricalColumn categorical) {
            Segments segments = Segments.of(categorical);
            if (segments.count() > MAX_SEGMENTS) {
                throw tooManySegments(columnName, Integer.toString(segments.count()));
            }
            return segments;
        }
        return numericSegments((NumericColumn) column);
    }

    /** Numbers as segments in ascending order ("1", "2", … for a tier), named as the file shows them. */
    private static Segments numericSegments(NumericColumn column) {
        TreeMap<Float, String> names = new TreeMap<>();
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row) && names.putIfAbsent(column.get(row), column.display(row)) == null
                    && names.size() > MAX_SEGMENTS) {
                throw tooManySegments(column.name(), "more than " + MAX_SEGMENTS);
            }
        }
        Map<Float, Integer> codeOf = new HashMap<>();
        for (Float value : names.keySet()) {
            codeOf.put(value, codeOf.size());
        }
        List<String> segmentNames = new ArrayList<>(names.values());
        int[] codes = new int[column.size()];
        for (int row = 0; row < codes.length; row++) {
            if (column.isMissing(row)) {
                if (!segmentNames.contains(Segments.MISSING)) {
                    segmentNames.add(Segments.MISSING);
                }
                codes[row] = names.size();
            } else {
                codes[row] = codeOf.get(column.get(row));
            }
        }
        return new Segments(codes, segmentNames);
    }

    private static DataException tooManySegments(String columnName, String count) {
        return new DataException("The segment column has " + count + " different values; choose a column with "
                + "at most " + MAX_SEGMENTS + " groups (a region, a tier, a customer type).", null, -1, columnName,
                null);
    }

    /** The model's id column when the file has it, else the file's single id column, else null (row numbers). */
    static Column ids(FittedPreprocessor prep, Dataset customers) {
        if (prep.idColumn() != null && customers.find(prep.idColumn()).isPresent()) {
            return customers.column(prep.idColumn());
        }
        return customers.columnWithRole(ColumnRole.ID).orElse(null);
    }
}
