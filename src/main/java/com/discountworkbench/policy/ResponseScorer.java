package com.discountworkbench.policy;

import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.CancelledException;
import com.discountworkbench.task.TaskMonitor;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        // The two networks are independent: the value model scores on a second core while the purchase model runs.
        ExecutorService spendWorker = Executors.newSingleThreadExecutor(ResponseScorer::daemon);
        try {
            for (int start = 0; start < rows; start += BLOCK_ROWS) {
                monitor.checkCancelled();
                monitor.progress((double) start / rows, "Scoring customers " + (start + 1) + "–"
                        + Math.min(rows, start + BLOCK_ROWS) + " of " + rows);
                Dataset block = customers.select(range(kept, start, Math.min(rows, start + BLOCK_ROWS)));
                for (int k = 0; k < levels; k++) {
                    FeatureMatrix features = prep.features(block, grid.get(k));
                    Future<float[]> blockSpend = spendWorker.submit(() -> model.expectedSpend(features));
                    scatter(model.purchaseProbability(features), probability, start, levels, k);
                    scatter(await(blockSpend), spend, start, levels, k);
                }
            }
        } finally {
            spendWorker.shutdownNow();
        }
        monitor.progress(1, "Scored " + rows + " customers at " + levels + " levels");
        return new ResponseMatrix(grid, rows, probability, spend);
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "spend-scoring");
        thread.setDaemon(true);
        return thread;
    }

    private static float[] await(Future<float[]> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Scoring spend failed", e.getCause());
        }
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
