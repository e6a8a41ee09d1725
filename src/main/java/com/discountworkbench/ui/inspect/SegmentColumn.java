package com.discountworkbench.ui.inspect;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * A category column of the data the customer table can be filtered by ("device", "favorite_category").
 *
 * @param name   the column name
 * @param values the column's values; codes index into it
 * @param codes  per customer, the value's index, {@link CategoricalColumn#MISSING} when empty
 */
public record SegmentColumn(String name, List<String> values, int[] codes) {
    /** More values than this make a filter list nobody scrolls through (ids, free text). */
    static final int MAX_VALUES = 40;

    public SegmentColumn {
        values = List.copyOf(values);
    }

    /** The feature columns with between 2 and {@link #MAX_VALUES} categories, for the scored customers. */
    static List<SegmentColumn> of(Dataset data, int[] dataRows) {
        List<SegmentColumn> segments = new ArrayList<>();
        for (Column column : data.columns()) {
            if (column instanceof CategoricalColumn categories && data.role(column.name()) == ColumnRole.FEATURE
                    && categories.levels().size() >= 2 && categories.levels().size() <= MAX_VALUES) {
                int[] codes = new int[dataRows.length];
                for (int i = 0; i < dataRows.length; i++) {
                    codes[i] = categories.code(dataRows[i]);
                }
                segments.add(new SegmentColumn(column.name(), categories.levels(), codes));
            }
        }
        return segments;
    }
}
