package com.discountworkbench.policy;

import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.util.List;

/**
 * Asks both models, for every customer and every level of a grid, "would they buy, and how much would they
 * spend?". Works in blocks of rows so the feature matrices stay small whatever the number of customers.
 */
public final class ResponseScorer {
    /** Rows per block: large enough for fast native batches, small enough to keep memory flat. */
    static final int BLOCK_ROWS = 65_536;

    private ResponseScorer() {
    }

    /** @param grid the levels to score (the model's own levels, or any discount rates for a rate treatment) */
    public static ResponseMatrix score(DiscountModel model, Dataset customers, List<TreatmentLevel> grid,
                                       TaskMonitor monitor) {
        FittedPreprocessor prep = model.preprocessing();
        int[] kept = prep.keptRows(customers);
        int rows = kept.length;
        int levels = grid.size();
        float[] probability = new float[rows * levels];
        float[] spend = new float[rows * levels];
        for (int start = 0; start < rows; start += BLOCK_ROWS) {
            monitor.checkCancelled();
            monitor.progress((double) start / rows, "Scoring customers " + (start + 1) + "–"
                    + Math.min(rows, start + BLOCK_ROWS) + " of " + rows);
            Dataset block = customers.select(range(kept, start, Math.min(rows, start + BLOCK_ROWS)));
            for (int k = 0; k < levels; k++) {
                FeatureMatrix features = prep.features(block, grid.get(k));
                scatter(model.purchaseProbability(features), probability, start, levels, k);
                scatter(model.expectedSpend(features), spend, start, levels, k);
            }
        }
        monitor.progress(1, "Scored " + rows + " customers at " + levels + " levels");
        return new ResponseMatrix(grid, rows, probability, spend);
    }

    private static int[] range(int[] kept, int from, int to) {
        int[] rows = new int[to - from];
        System.arraycopy(kept, from, rows, 0, rows.length);
        return rows;
    }

    /** Writes one level's predictions for a block into the customer-major response arrays. */
    private static void scatter(float[] blockValues, float[] target, int firstCustomer, int levels, int level) {
        for (int i = 0; i < blockValues.length; i++) {
            target[(firstCustomer + i) * levels + level] = blockValues[i];
        }
    }
}
