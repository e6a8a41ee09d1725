package com.discountworkbench.policy;

/**
 * The objective and expected discount cost of every (customer, level) cell, read front to back as often as the
 * budget search needs: from arrays in memory ({@link CellScores}), or from a temporary file when the customers
 * do not fit in memory. A forbidden cell has objective negative infinity; the baseline level is always allowed.
 */
public interface CellTable {

    int customers();

    int levels();

    /** The level that is always allowed (no discount, no offer). */
    int baseline();

    /** Hands every customer's cells to the visitor, in customer order, one block at a time. */
    void scan(Block visitor);

    /** A block of consecutive customers. */
    @FunctionalInterface
    interface Block {
        /**
         * @param first        the block's first customer
         * @param count        customers in the block
         * @param objective    cell (first + j, k) at {@code j * levels + k}
         * @param discountCost laid out the same way; null when no budget applies
         */
        void visit(int first, int count, float[] objective, float[] discountCost);
    }
}
