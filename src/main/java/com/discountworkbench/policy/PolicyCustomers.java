package com.discountworkbench.policy;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.prep.FittedPreprocessor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The customer file's own columns a policy needs beside the predictions — ids, margins, segments — for exactly
 * the rows the model scores ({@link FittedPreprocessor#keptRows}), so they line up with a {@link ResponseMatrix}
 * from {@link ResponseScorer}. Cheap to ask again with another margin source or segment column: nothing is
 * rescored.
 */
public final class PolicyCustomers {
    /** A common retail gross margin, used until the analyst says otherwise. */
    public static final double DEFAULT_MARGIN_RATE = 0.35;
    /** Numeric columns with more distinct values than this are measurements, not segments. */
    static final int MAX_NUMERIC_SEGMENTS = 20;
    /** Text columns with more values than this (names, free text) make unreadable segment charts. */
    static final int MAX_TEXT_SEGMENTS = 50;
    private static final Set<ColumnRole> NOT_SEGMENTS = EnumSet.of(ColumnRole.ID, ColumnRole.LABEL,
            ColumnRole.VALUE, ColumnRole.MARGIN, ColumnRole.IGNORE);
    private static final Set<ColumnRole> NOT_MARGINS = EnumSet.of(ColumnRole.ID, ColumnRole.LABEL,
            ColumnRole.TREATMENT, ColumnRole.VALUE);

    private final DiscountModel model;
    private final Dataset data;
    private final int[] rows;

    private PolicyCustomers(DiscountModel model, Dataset data, int[] rows) {
        this.model = model;
        this.data = data;
        this.rows = rows;
    }

    public static PolicyCustomers of(DiscountModel model, Dataset data) {
        return new PolicyCustomers(model, data, model.preprocessing().keptRows(data));
    }

    public DiscountModel model() { return model; }

    public Dataset data() { return data; }

    /** Customers in the policy: the rows the model scores. */
    public int customers() { return rows.length; }

    /** Data row of each customer, ascending. */
    int[] rows() { return rows; }

    /** The customer id column of the scored rows; null when the model knows no id column (exports number rows). */
    public Column ids() {
        String id = model.preprocessing().idColumn();
        return id == null ? null : data.find(id).map(column -> column.select(rows)).orElse(null);
    }

    /** The model's margin column (else a column with the margin role) at 35 % where missing; else 35 % for all. */
    public MarginSource defaultMarginSource() {
        String trained = model.preprocessing().marginColumn();
        if (trained != null && data.find(trained).isPresent()) {
            return MarginSource.column(trained, DEFAULT_MARGIN_RATE);
        }
        return data.columnsWithRole(ColumnRole.MARGIN).stream().filter(marginColumns()::contains).findFirst()
                .map(name -> MarginSource.column(name, DEFAULT_MARGIN_RATE))
                .orElse(MarginSource.uniform(DEFAULT_MARGIN_RATE));
    }

    /** Numeric columns whose values are all rates between 0 and 1, except ids, labels, treatments and values. */
    public List<String> marginColumns() {
        List<String> names = new ArrayList<>();
        for (Column column : data.columns()) {
            if (column instanceof NumericColumn numbers && !NOT_MARGINS.contains(data.role(column.name()))
                    && isRateColumn(numbers)) {
                names.add(column.name());
            }
        }
        return names;
    }

    /** Text columns with a few values, and numeric columns with at most a handful, in file order. */
    public List<String> segmentColumns() {
        List<String> names = new ArrayList<>();
        for (Column column : data.columns()) {
            if (NOT_SEGMENTS.contains(data.role(column.name()))) {
                continue;
            }
            boolean fits = column instanceof CategoricalColumn text
                    ? text.levels().size() <= MAX_TEXT_SEGMENTS
                    : distinctValues((NumericColumn) column).isPresent();
            if (fits) {
                names.add(column.name());
            }
        }
        return names;
    }

    public CustomerEconomics economics(MarginSource source) {
        if (source.isUniform()) {
            return CustomerEconomics.uniformMargin(rows.length, source.rate());
        }
        Column column = data.column(source.column());
        return CustomerEconomics.fromMarginColumn(asNumbers(column).select(rows), source.rate());
    }

    /** The column's values as segments of the scored customers; everyone in one segment when null. */
    public Segments segments(String column) {
        if (column == null) {
            return Segments.single(rows.length);
        }
        Column source = data.column(column);
        if (source instanceof CategoricalColumn text) {
            return Segments.of(text.select(rows));
        }
        NumericColumn numbers = ((NumericColumn) source).select(rows);
        TreeMap<Float, String> values = distinctValues(numbers).orElseThrow(() -> new DataException(
                "Column '" + column + "' has too many different values to group customers by. Choose a column "
                        + "with a few values, such as a region or a device."));
        Map<Float, Integer> codeOf = new HashMap<>();
        values.keySet().forEach(value -> codeOf.put(value, codeOf.size()));
        List<String> names = new ArrayList<>(values.values());
        int missing = names.size();
        int[] codes = new int[numbers.size()];
        for (int i = 0; i < codes.length; i++) {
            float value = numbers.get(i);
            codes[i] = Float.isNaN(value) ? missing : codeOf.get(value);
        }
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == missing) {
                names.add(Segments.MISSING);
                break;
            }
        }
        return new Segments(codes, names);
    }

    /** The problem for these customers: predictions, offers, margins from {@code margin}, segments from a column. */
    public PolicyProblem problem(ResponseMatrix responses, OfferGrid offers, MarginSource margin, String segmentColumn) {
        return new PolicyProblem(responses, offers, economics(margin), segments(segmentColumn));
    }

    private static boolean isRateColumn(NumericColumn column) {
        boolean any = false;
        for (float value : column.values()) {
            if (value < 0 || value > 1) {
                return false;
            }
            any |= !Float.isNaN(value);
        }
        return any;
    }

    /** Sorted distinct values with their display text, or empty when there are too many. */
    private static Optional<TreeMap<Float, String>> distinctValues(NumericColumn column) {
        TreeMap<Float, String> values = new TreeMap<>();
        for (int row = 0; row < column.size(); row++) {
            float value = column.get(row);
            if (!Float.isNaN(value) && !values.containsKey(value)) {
                if (values.size() == MAX_NUMERIC_SEGMENTS) {
                    return Optional.empty();
                }
                values.put(value, column.display(row));
            }
        }
        return Optional.of(values);
    }

    private static NumericColumn asNumbers(Column column) {
        if (column instanceof NumericColumn numbers) {
            return numbers;
        }
        throw new DataException("Column '" + column.name() + "' does not hold numbers, "
                + "so it cannot be a margin rate. Choose a column of rates such as 0.35, or one rate for all.");
    }
}
