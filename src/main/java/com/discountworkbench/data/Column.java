package com.discountworkbench.data;

/** One column of a {@link Dataset}: columnar storage, one entry per accepted row. */
public sealed interface Column permits NumericColumn, CategoricalColumn {

    String name();

    ColumnType type();

    int size();

    boolean isMissing(int row);

    /** The value as an analyst would read it; empty for a missing value. */
    String display(int row);

    /** The same values under another name. */
    Column withName(String newName);

    /** The rows at the given indices, in that order. */
    Column select(int[] rows);
}
