package com.discountworkbench.prep;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.DataSource;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small in-memory datasets for preprocessing tests; null or NaN marks a missing value. */
final class TestData {
    static final float NA = Float.NaN;

    private final List<Column> columns = new ArrayList<>();
    private final Map<String, ColumnRole> roles = new LinkedHashMap<>();

    static TestData create() {
        return new TestData();
    }

    TestData decimal(String name, float... values) {
        return numeric(name, ColumnType.DECIMAL, values);
    }

    TestData numeric(String name, ColumnType type, float... values) {
        columns.add(new NumericColumn(name, type, values.clone()));
        return this;
    }

    TestData categorical(String name, String... values) {
        return text(name, ColumnType.CATEGORICAL, values);
    }

    TestData text(String name, ColumnType type, String... values) {
        List<String> levels = new ArrayList<>();
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                codes[i] = CategoricalColumn.MISSING;
            } else {
                if (!levels.contains(values[i])) {
                    levels.add(values[i]);
                }
                codes[i] = levels.indexOf(values[i]);
            }
        }
        columns.add(new CategoricalColumn(name, type, codes, levels));
        return this;
    }

    /** Gives the most recently added column a role (columns are features unless told otherwise). */
    TestData as(ColumnRole role) {
        roles.put(columns.get(columns.size() - 1).name(), role);
        return this;
    }

    Dataset build() {
        return new Dataset(DataSource.inMemory("test.csv"), columns, roles);
    }

    /** The rows 0..count-1, e.g. the first part of a dataset used as training rows. */
    static int[] firstRows(int count) {
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            rows[i] = i;
        }
        return rows;
    }

    /** One feature column of a matrix. */
    static float[] column(FeatureMatrix matrix, String name) {
        int feature = matrix.names().indexOf(name);
        if (feature < 0) {
            throw new IllegalArgumentException("No feature " + name + " in " + matrix.names());
        }
        float[] values = new float[matrix.rows()];
        for (int row = 0; row < values.length; row++) {
            values[row] = matrix.get(row, feature);
        }
        return values;
    }
}
