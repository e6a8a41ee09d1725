package com.discountworkbench.data;

import java.util.List;
import java.util.Objects;

/** Dictionary-encoded text: each row holds an index into {@link #levels()}, -1 for a missing value. */
public final class CategoricalColumn implements Column {
    public static final int MISSING = -1;

    private final String name;
    private final ColumnType type;
    private final int[] codes;
    private final List<String> levels;

    public CategoricalColumn(String name, ColumnType type, int[] codes, List<String> levels) {
        if (type.isNumeric()) {
            throw new IllegalArgumentException("Type " + type + " is numeric");
        }
        this.name = Objects.requireNonNull(name);
        this.type = type;
        this.codes = Objects.requireNonNull(codes);
        this.levels = List.copyOf(levels);
    }

    @Override public String name() { return name; }

    @Override public ColumnType type() { return type; }

    @Override public int size() { return codes.length; }

    @Override public boolean isMissing(int row) { return codes[row] == MISSING; }

    public int code(int row) { return codes[row]; }

    /** The backing array; callers must not modify it. */
    public int[] codes() { return codes; }

    /** Distinct values in order of first appearance. */
    public List<String> levels() { return levels; }

    public String get(int row) {
        int code = codes[row];
        return code == MISSING ? null : levels.get(code);
    }

    @Override
    public String display(int row) {
        String value = get(row);
        return value == null ? "" : value;
    }

    @Override
    public CategoricalColumn withName(String newName) {
        return new CategoricalColumn(newName, type, codes, levels);
    }

    @Override
    public CategoricalColumn select(int[] rows) {
        int[] picked = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = codes[rows[i]];
        }
        return new CategoricalColumn(name, type, picked, levels);
    }
}
