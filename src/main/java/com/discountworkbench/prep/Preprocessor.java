package com.discountworkbench.prep;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Fits a {@link PrepSpec} on training rows: every statistic comes from the rows it is given, and only them. */
public final class Preprocessor {
    private Preprocessor() { }

    /**
     * @param train the training split (never the validation or test rows)
     * @throws DataException when the spec does not fit the data (missing columns, two labels, empty columns)
     */
    public static FittedPreprocessor fit(Dataset train, PrepSpec spec) {
        String treatmentName = single(spec, ColumnRole.TREATMENT);
        List<String> featureNames = spec.columnsWithRole(ColumnRole.FEATURE);
        if (featureNames.isEmpty() && treatmentName == null) {
            throw new DataException("No column is a feature. Give at least one column the role feature.");
        }
        List<String> dropColumns = new ArrayList<>();
        for (String name : featureNames) {
            Columns.require(train, name, "a feature");
            if (spec.columns().get(name).missing() == Imputation.DROP_ROW) {
                dropColumns.add(name);
            }
        }
        int[] rows = keptRows(train, dropColumns);
        if (rows.length == 0) {
            throw new DataException("Every training row has a missing value in a column set to 'drop row' ("
                    + String.join(", ", dropColumns) + "). Fill the missing values instead.");
        }
        List<FittedColumn> columns = new ArrayList<>();
        for (String name : featureNames) {
            columns.add(fitColumn(spec.columns().get(name), train.column(name), rows));
        }
        TreatmentEncoding treatment = null;
        if (treatmentName != null) {
            Column source = Columns.require(train, treatmentName, "the treatment");
            boolean rate = source instanceof NumericColumn && source.type() != ColumnType.BOOLEAN;
            treatment = rate
                    ? RateTreatment.fit((NumericColumn) source, spec.treatmentInPercent(), rows)
                    : NamedTreatment.fit(source, spec.noTreatmentLevel(), rows);
        }
        return new FittedPreprocessor(columns, treatment, single(spec, ColumnRole.ID), single(spec, ColumnRole.LABEL),
                spec.positiveLabel(), single(spec, ColumnRole.VALUE), single(spec, ColumnRole.MARGIN), rows.length);
    }

    /** The label of every row as the spec reads it, for a stratified split before fitting. */
    public static float[] labels(Dataset data, PrepSpec spec) {
        return Targets.labels(data, single(spec, ColumnRole.LABEL), spec.positiveLabel(), allRows(data));
    }

    private static FittedColumn fitColumn(ColumnSpec spec, Column source, int[] rows) {
        if (source instanceof CategoricalColumn) {
            return OneHotFeature.fit(spec, source, rows);
        }
        NumericColumn numbers = (NumericColumn) source;
        return spec.bucketing() != null ? BucketFeature.fit(spec, numbers, rows) : NumericFeature.fit(spec, numbers, rows);
    }

    /** The one column with this role, null if none; an error if the analyst gave it to several. */
    private static String single(PrepSpec spec, ColumnRole role) {
        List<String> names = spec.columnsWithRole(role);
        if (names.size() > 1) {
            throw new DataException("Only one column can have the role " + role.name().toLowerCase() + ", but "
                    + String.join(", ", names) + " have it. Change all but one.");
        }
        return names.isEmpty() ? null : names.get(0);
    }

    /** Rows without a missing value in any of the given columns; all rows when there are none. */
    static int[] keptRows(Dataset data, List<String> dropColumns) {
        if (dropColumns.isEmpty()) {
            return allRows(data);
        }
        List<Column> checked = new ArrayList<>();
        for (String name : dropColumns) {
            checked.add(Columns.require(data, name, "a feature"));
        }
        int[] kept = new int[data.rowCount()];
        int count = 0;
        for (int row = 0; row < data.rowCount(); row++) {
            boolean complete = true;
            for (Column column : checked) {
                complete &= !column.isMissing(row);
            }
            if (complete) {
                kept[count++] = row;
            }
        }
        return Arrays.copyOf(kept, count);
    }

    static int[] allRows(Dataset data) {
        int[] rows = new int[data.rowCount()];
        for (int row = 0; row < rows.length; row++) {
            rows[row] = row;
        }
        return rows;
    }
}
