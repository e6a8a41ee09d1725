package com.discountworkbench.policy;

import com.discountworkbench.data.Column;

/**
 * Customers as the optimizer sees them (all of a file, or one chunk of a file larger than memory): the customers
 * the model scores, their predicted responses at every level, margins and segments ({@link CustomerScorer}).
 *
 * @param problem         responses at every grid level, the offers, margins and the chunk's segments
 * @param ids             the customers' id column; null to number the rows
 * @param segmentsByValue whether the segments are values of a numeric column (listed ascending)
 */
public record PolicyChunk(PolicyProblem problem, Column ids, boolean segmentsByValue) {
}
