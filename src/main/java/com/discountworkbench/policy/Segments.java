package com.discountworkbench.policy;

import com.discountworkbench.data.CategoricalColumn;
import java.util.ArrayList;
import java.util.List;

/** Which segment each customer belongs to, for per-segment caps and the distribution of recommendations. */
public final class Segments {
    static final String MISSING = "(missing)";

    private final int[] codes;
    private final List<String> names;

    /** @param codes one entry per customer, an index into {@code names} */
    public Segments(int[] codes, List<String> names) {
        this.names = List.copyOf(names);
        for (int code : codes) {
            if (code < 0 || code >= names.size()) {
                throw new IllegalArgumentException("Segment code " + code + " outside 0.." + (names.size() - 1));
            }
        }
        this.codes = codes;
    }

    /** Everyone in one segment called "all". */
    public static Segments single(int customers) {
        return new Segments(new int[customers], List.of("all"));
    }

    /** The column's values as segments; missing values form a segment of their own, "(missing)". */
    public static Segments of(CategoricalColumn column) {
        List<String> names = new ArrayList<>(column.levels());
        int[] codes = column.codes().clone();
        boolean anyMissing = false;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == CategoricalColumn.MISSING) {
                codes[i] = names.size();
                anyMissing = true;
            }
        }
        if (anyMissing) {
            names.add(MISSING);
        }
        return new Segments(codes, names);
    }

    public int customers() { return codes.length; }

    public int code(int customer) { return codes[customer]; }

    public List<String> names() { return names; }

    public int count() { return names.size(); }
}
