package com.discountworkbench.policy;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.TreatmentLevel;
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
    private Dataset scoredData;

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

    /**
     * The customer id column of the scored rows: the model's id column when the file has it, else the file's id
     * column; null when there is none (exports number the rows).
     */
    public Column ids() {
        String id = model.preprocessing().idColumn();
        Optional<Column> column = id == null ? Optional.empty() : data.find(id);
        return column.or(() -> data.columnWithRole(ColumnRole.ID)).map(ids -> ids.select(rows)).orElse(null);
    }

    /** The scored rows of the file, in order (the file itself when the model scores every row). */
    public synchronized Dataset scoredData() {
        if (scoredData == null) {
            scoredData = rows.length == data.rowCount() ? data : data.select(rows);
        }
        return scoredData;
    }

    /**
     * Per scored customer, the index in {@code grid} of the treatment the file records (-1 when missing or off the
     * grid); null when the file has no treatment column.
     */
    public int[] observedLevels(List<TreatmentLevel> grid) {
        FittedPreprocessor prep = model.preprocessing();
        if (!prep.hasTreatment() || data.find(prep.treatment().column()).isEmpty()) {
            return null;
        }
        return prep.observedLevels(scoredData(), grid);
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
            Segments segments = Segments.of(text.select(rows));
            if (segments.count() > MAX_TEXT_SEGMENTS) {
                throw tooManySegments(column);
            }
            return segments;
        }
        NumericColumn numbers = ((NumericColumn) source).select(rows);
        TreeMap<Float, String> values = distinctValues(numbers).orElseThrow(() -> tooManySegments(column));
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

    private static DataException tooManySegments(String column) {
        return new DataException("Column '" + column + "' has too many different values to group customers by. "
                + "Choose a column with at most " + MAX_TEXT_SEGMENTS + " groups (" + MAX_NUMERIC_SEGMENTS
                + " for a column of numbers), such as a region, a tier or a device.", null, -1, column, null);
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
