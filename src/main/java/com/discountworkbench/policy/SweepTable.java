package com.discountworkbench.policy;

import java.util.List;

/**
 * How the optimized policy's totals move as one limit moves (the others held as in the scenario).
 *
 * @param parameter what was swept: {@link #MIN_MARGIN} or {@link #BUDGET}
 * @param points    one row per value, in the order swept
 */
public record SweepTable(String parameter, List<SweepPoint> points) {
    public static final String MIN_MARGIN = "minimum margin";
    public static final String BUDGET = "discount budget";

    public SweepTable {
        points = List.copyOf(points);
    }
}
