package com.discountworkbench.ui.inspect;

import java.util.Locale;

/**
 * Which customers the table shows.
 *
 * @param search           part of the id, any case; empty for all
 * @param measure          the P(buy) the range applies to
 * @param min              lowest P(buy) shown, inclusive
 * @param max              highest P(buy) shown, inclusive
 * @param segmentColumn    index into the scores' segment columns; -1 for every segment
 * @param segmentValue     the value's code in that column
 * @param recommendedLevel only customers recommended this level; -1 for any
 */
public record CustomerFilter(String search, ProbabilityMeasure measure, double min, double max, int segmentColumn,
                             int segmentValue, int recommendedLevel) {

    public CustomerFilter {
        search = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    }

    /** Every customer. */
    public static CustomerFilter all(ProbabilityMeasure measure) {
        return new CustomerFilter("", measure, 0, 1, -1, -1, -1);
    }
}
