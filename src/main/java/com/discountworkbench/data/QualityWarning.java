package com.discountworkbench.data;

/**
 * Something the analyst should look at before modelling.
 *
 * @param kind    what sort of problem, for programs
 * @param column  the column concerned, or null for the whole file
 * @param message the problem and what to do, for people
 */
public record QualityWarning(Kind kind, String column, String message) {

    public enum Kind {
        DUPLICATE_HEADER,
        EMPTY_HEADER,
        DUPLICATE_IDS,
        CONSTANT_COLUMN,
        MOSTLY_MISSING,
        LEAKAGE,
        CLASS_IMBALANCE,
        REJECTED_ROWS,
        READ_AS_TEXT,
        INVALID_TEXT,
        MISSING_ROLE
    }

    @Override
    public String toString() {
        return message;
    }
}
