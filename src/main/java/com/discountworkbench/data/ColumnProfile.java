package com.discountworkbench.data;

import java.util.List;

/**
 * Summary of one column for the quality report.
 *
 * @param missing  rows without a value
 * @param distinct different non-missing values
 * @param min      smallest value of a numeric column as written (dates: days since 1970-01-01); null otherwise
 *                 or if empty
 * @param max      largest value, like {@code min}
 * @param mean     average of a numeric column to 7 significant digits (the values are float32); null otherwise
 *                 or if empty
 * @param top      most frequent values of a text column, most frequent first; empty for numbers
 */
public record ColumnProfile(String name, ColumnType type, ColumnRole role, int missing, int distinct,
                            Double min, Double max, Double mean, List<ValueCount> top) {

    public ColumnProfile {
        top = List.copyOf(top);
    }

    public ColumnProfile withRole(ColumnRole newRole) {
        return new ColumnProfile(name, type, newRole, missing, distinct, min, max, mean, top);
    }
}
