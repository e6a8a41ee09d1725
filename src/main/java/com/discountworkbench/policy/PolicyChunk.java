package com.discountworkbench.policy;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.task.TaskMonitor;

/**
 * One chunk of a customer list too large for memory, as the optimizer sees it: the customers the model scores,
 * their predicted responses at every level, margins and segments.
 *
 * @param problem         responses at every grid level, the offers, margins and the chunk's segments
 * @param ids             the customers' id column; null to number the rows
 * @param segmentsByValue whether the segments are values of a numeric column (listed ascending)
 */
public record PolicyChunk(PolicyProblem problem, Column ids, boolean segmentsByValue) {

    /**
     * Scores a chunk of the customer file at every level of the grid.
     *
     * @param margin        where margins come from (decide it once, for the whole file)
     * @param segmentColumn the column that groups customers; null for one group
     */
    public static PolicyChunk score(DiscountModel model, Dataset chunk, OfferGrid offers, MarginSource margin,
                                    String segmentColumn, TaskMonitor monitor) {
        PolicyCustomers customers = PolicyCustomers.of(model, chunk);
        ResponseMatrix responses = ResponseScorer.score(model, chunk, offers.levels(), monitor);
        boolean byValue = segmentColumn != null && chunk.column(segmentColumn) instanceof NumericColumn;
        return new PolicyChunk(customers.problem(responses, offers, margin, segmentColumn), customers.ids(), byValue);
    }
}
