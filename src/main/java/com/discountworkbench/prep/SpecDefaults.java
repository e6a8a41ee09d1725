package com.discountworkbench.prep;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The automatic preprocessing choices of {@link PrepSpec#defaults(Dataset)}. */
final class SpecDefaults {
    /** Above this skewness a non-negative amount (spend, visits) is log1p-transformed before scaling. */
    static final double SKEWED = 2.0;

    private SpecDefaults() { }

    static PrepSpec of(Dataset data) {
        int[] rows = Preprocessor.allRows(data);
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        boolean percentTreatment = false;
        for (Column column : data.columns()) {
            ColumnRole role = data.role(column.name());
            ColumnSpec spec = ColumnSpec.of(role);
            if (role == ColumnRole.FEATURE) {
                spec = featureDefaults(column, rows);
            } else if (role == ColumnRole.TREATMENT && column instanceof NumericColumn numbers
                    && column.type() != ColumnType.BOOLEAN) {
                percentTreatment = Arrays.stream(Stats.present(numbers, rows)).anyMatch(rate -> rate > 1);
            }
            columns.put(column.name(), spec);
        }
        return new PrepSpec(columns, null, null, percentTreatment);
    }

    private static ColumnSpec featureDefaults(Column column, int[] rows) {
        ColumnSpec spec = ColumnSpec.of(ColumnRole.FEATURE);
        boolean hasMissing = false;
        for (int row = 0; row < column.size() && !hasMissing; row++) {
            hasMissing = column.isMissing(row);
        }
        spec = spec.withMissingIndicator(hasMissing);
        return switch (column.type()) {
            case ID, TEXT -> ColumnSpec.of(ColumnRole.IGNORE);
            case CATEGORICAL -> spec.withMissing(Imputation.MOST_FREQUENT, null);
            case BOOLEAN -> spec.withMissing(Imputation.MOST_FREQUENT, null).withScaling(Scaling.NONE);
            case DATE -> spec;
            case INTEGER, DECIMAL -> spec.withLog1p(isSkewedAmount((NumericColumn) column, rows));
        };
    }

    private static boolean isSkewedAmount(NumericColumn column, int[] rows) {
        double[] values = Stats.present(column, rows);
        return values.length > 0 && Arrays.stream(values).min().orElseThrow() >= 0 && Stats.skewness(values) > SKEWED;
    }
}
