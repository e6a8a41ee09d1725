package com.discountworkbench.data.csv;

import com.discountworkbench.data.Column;

/**
 * Collects one column's values row by row. A row is first staged in every column, and only committed when
 * all of them parsed, so a rejected row leaves no trace (not even a new category level).
 */
interface ColumnBuilder {

    /** Checks (and for numbers parses) a trimmed field; false when it is not a valid value for the column. */
    boolean stage(char[] c, int start, int end);

    /**
     * Stages a field the reader already read as a plain number; false when this column must read the text
     * itself (booleans, dates, text), and then {@link #stage} is called.
     */
    default boolean stageNumber(float value, boolean fractional) {
        return false;
    }

    /** Appends the value last staged from the same field. */
    void commit(char[] c, int start, int end);

    /** What a valid value looks like, for the rejection message. */
    String expected();

    /** The finished column, exactly as long as the number of committed rows. */
    Column build();
}
