package com.discountworkbench.model.dl4j;

import com.discountworkbench.model.RandomOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The training rows cut into float32 mini-batches. Without balanced sampling the rows are shuffled and batched
 * once, and each epoch only shuffles the order of the batches: re-slicing per epoch (DL4J's {@code DataSet.batchBy})
 * dominated training time in measurements. Balanced sampling draws a fresh, exactly balanced set of rows per epoch.
 * Row weights travel as DL4J's per-example label mask, which scales each row's loss and gradient.
 */
final class TrainingBatches {
    private final TrainingData data;
    private final int batchSize;
    private final SplittableRandom random;
    private final int[] buyers;
    private final int[] nonBuyers;
    private final List<DataSet> fixedBatches;

    TrainingBatches(TrainingData data, int batchSize, boolean balanced, long seed) {
        this.data = data;
        this.batchSize = batchSize;
        this.random = new SplittableRandom(seed);
        if (balanced) {
            buyers = rowsWithLabel(data.fitTargets(), true);
            nonBuyers = rowsWithLabel(data.fitTargets(), false);
            fixedBatches = null;
        } else {
            buyers = null;
            nonBuyers = null;
            fixedBatches = build(RandomOrder.permutation(data.train().rows(), random));
        }
    }

    int batchesPerEpoch() {
        return (data.train().rows() + batchSize - 1) / batchSize;
    }

    /** The batches of the next epoch, in training order. */
    List<DataSet> nextEpoch() {
        List<DataSet> batches = fixedBatches != null ? new ArrayList<>(fixedBatches) : build(balancedRows());
        for (int i = batches.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            batches.set(i, batches.set(j, batches.get(i)));
        }
        return batches;
    }

    /** As many rows as the training split, alternating a random buyer and a random non-buyer (with replacement). */
    private int[] balancedRows() {
        int[] rows = new int[data.train().rows()];
        for (int i = 0; i < rows.length; i++) {
            int[] pool = i % 2 == 0 ? buyers : nonBuyers;
            rows[i] = pool[random.nextInt(pool.length)];
        }
        return rows;
    }

    private List<DataSet> build(int[] rows) {
        int width = data.train().columns();
        float[] values = data.train().values();
        List<DataSet> batches = new ArrayList<>(batchesPerEpoch());
        for (int start = 0; start < rows.length; start += batchSize) {
            int size = Math.min(batchSize, rows.length - start);
            float[] features = new float[size * width];
            float[] labels = new float[size];
            float[] weights = data.rowWeights() == null ? null : new float[size];
            for (int r = 0; r < size; r++) {
                int row = rows[start + r];
                System.arraycopy(values, row * width, features, r * width, width);
                labels[r] = data.fitTargets()[row];
                if (weights != null) {
                    weights[r] = data.rowWeights()[row];
                }
            }
            INDArray labelMask = weights == null ? null : Nd4j.create(weights, new long[] {size, 1}, 'c');
            batches.add(new DataSet(Nd4j.create(features, new long[] {size, width}, 'c'),
                    Nd4j.create(labels, new long[] {size, 1}, 'c'), null, labelMask));
        }
        return batches;
    }

    private static int[] rowsWithLabel(float[] labels, boolean buyer) {
        int count = 0;
        for (float label : labels) {
            count += (label > 0.5f) == buyer ? 1 : 0;
        }
        int[] rows = new int[count];
        int next = 0;
        for (int i = 0; i < labels.length; i++) {
            if ((labels[i] > 0.5f) == buyer) {
                rows[next++] = i;
            }
        }
        return rows;
    }
}
