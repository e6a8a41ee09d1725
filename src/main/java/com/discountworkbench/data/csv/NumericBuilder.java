package com.discountworkbench.data.csv;

import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.NumericColumn;
import java.util.Arrays;

/**
 * Parses a numeric column straight into a growable float array (NaN = missing). The final type follows the
 * values: all 0/1 → BOOLEAN, any fraction → DECIMAL, else INTEGER (dates and boolean words keep their kind).
 */
final class NumericBuilder implements ColumnBuilder {
    private final String name;
    private final ColumnPlan.Kind kind;
    private final ValueParser parser;
    private float[] values;
    private int size;
    private float staged;
    private boolean stagedFractional;
    private boolean fractional;
    private boolean sawZero;
    private boolean sawOne;
    private boolean sawOther;

    NumericBuilder(ColumnPlan plan, int expectedRows) {
        this.name = plan.name();
        this.kind = plan.kind();
        this.parser = plan.parser();
        this.values = new float[Math.max(16, expectedRows)];
    }

    @Override
    public boolean stage(char[] c, int start, int end) {
        if (Tokens.isMissing(c, start, end)) {
            staged = Float.NaN;
            stagedFractional = false;
            return true;
        }
        if (!parser.parse(c, start, end)) {
            return false;
        }
        staged = parser.value();
        stagedFractional = parser.fractional();
        return true;
    }

    @Override
    public boolean stageNumber(float value, boolean writtenAsFraction) {
        if (kind != ColumnPlan.Kind.NUMBER) {
            return false;
        }
        staged = value;
        stagedFractional = writtenAsFraction;
        return true;
    }

    @Override
    public void commit(char[] c, int start, int end) {
        append(staged, stagedFractional);
    }

    void append(float value, boolean writtenAsFraction) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 2) + 16);
        }
        values[size++] = value;
        fractional |= writtenAsFraction;
        if (!sawOther) { // only a column of 0 and 1 can be boolean; stop looking once it is not
            if (value == 0f) {
                sawZero = true;
            } else if (value == 1f) {
                sawOne = true;
            } else {
                sawOther = value == value; // NaN (missing) does not count
            }
        }
    }

    @Override
    public String expected() {
        return parser.expected();
    }

    @Override
    public NumericColumn build() {
        float[] exact = values.length == size ? values : Arrays.copyOf(values, size);
        values = null;
        return new NumericColumn(name, type(), exact);
    }

    private ColumnType type() {
        if (kind == ColumnPlan.Kind.DATE) {
            return ColumnType.DATE;
        }
        if (kind == ColumnPlan.Kind.BOOLEAN || sawZero && sawOne && !sawOther && !fractional) {
            return ColumnType.BOOLEAN;
        }
        return fractional ? ColumnType.DECIMAL : ColumnType.INTEGER;
    }
}
