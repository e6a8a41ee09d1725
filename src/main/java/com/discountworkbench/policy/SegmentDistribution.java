package com.discountworkbench.policy;

import java.util.List;

/**
 * The recommended levels within one segment.
 *
 * @param segment   the segment's name
 * @param customers customers in the segment
 * @param levels    one entry per grid level, in grid order
 */
public record SegmentDistribution(String segment, long customers, List<LevelShare> levels) {

    public SegmentDistribution {
        levels = List.copyOf(levels);
    }
}
