package com.discountworkbench.data.csv;

/**
 * How one column will be parsed, decided from the sample rows.
 *
 * @param name   the column's (unique) name
 * @param kind   how its values are read
 * @param parser the value parser for numeric kinds; null for text kinds
 */
record ColumnPlan(String name, Kind kind, ValueParser parser) {

    enum Kind {
        /** Numbers, percentages or amounts; INTEGER, DECIMAL or 0/1 BOOLEAN once all values are seen. */
        NUMBER,
        /** TRUE/FALSE-style words. */
        BOOLEAN,
        DATE,
        /** Identifier values, kept as text codes. */
        ID,
        /** Dictionary-encoded text: CATEGORICAL or TEXT depending on how many distinct values it has. */
        TEXT,
        /** No value in the sample: kept as text, and typed from its distinct values after loading. */
        UNDECIDED;

        boolean isNumeric() {
            return this == NUMBER || this == BOOLEAN || this == DATE;
        }
    }

    ColumnPlan asText() {
        return new ColumnPlan(name, Kind.TEXT, null);
    }
}
