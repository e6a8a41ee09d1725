package com.discountworkbench.data;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Numbers stored as float32, the precision the networks train in; NaN marks a missing value.
 * Booleans are 0/1, dates are days since 1970-01-01.
 */
public final class NumericColumn implements Column {
    private final String name;
    private final ColumnType type;
    private final float[] values;

    public NumericColumn(String name, ColumnType type, float[] values) {
        if (!type.isNumeric()) {
            throw new IllegalArgumentException("Type " + type + " is not numeric");
        }
        this.name = Objects.requireNonNull(name);
        this.type = type;
        this.values = Objects.requireNonNull(values);
    }

    @Override public String name() { return name; }

    @Override public ColumnType type() { return type; }

    @Override public int size() { return values.length; }

    @Override public boolean isMissing(int row) { return Float.isNaN(values[row]); }

    public float get(int row) { return values[row]; }

    /** The backing array; callers must not modify it. */
    public float[] values() { return values; }

    @Override
    public String display(int row) {
        float v = values[row];
        if (Float.isNaN(v)) {
            return "";
        }
        return switch (type) {
            case BOOLEAN -> v != 0f ? "true" : "false";
            case DATE -> LocalDate.ofEpochDay((long) v).toString();
            case INTEGER -> Long.toString((long) v);
            default -> formatDecimal(v);
        };
    }

    /** Shortest text that reads back to the same float, without exponent for everyday amounts. */
    static String formatDecimal(float v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Float.toString(v);
    }

    @Override
    public NumericColumn withName(String newName) {
        return new NumericColumn(newName, type, values);
    }

    @Override
    public NumericColumn select(int[] rows) {
        float[] picked = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = values[rows[i]];
        }
        return new NumericColumn(name, type, picked);
    }

    @Override
    public String toString() {
        return name + ":" + type + Arrays.toString(Arrays.copyOf(values, Math.min(5, values.length)));
    }
}
