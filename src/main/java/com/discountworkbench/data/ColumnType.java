package com.discountworkbench.data;

/** What kind of values a column holds, as detected from its text or set by the analyst. */
public enum ColumnType {
    /** Identifier: unique per row, never a model input. Stored as text codes. */
    ID,
    INTEGER,
    DECIMAL,
    /** Stored as 0/1. */
    BOOLEAN,
    /** A small set of labels, dictionary-encoded. */
    CATEGORICAL,
    /** Stored as days since 1970-01-01. */
    DATE,
    /** Free text with many distinct values; kept for display only. */
    TEXT;

    /** True when the column is stored as numbers ({@link NumericColumn}). */
    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == BOOLEAN || this == DATE;
    }
}
