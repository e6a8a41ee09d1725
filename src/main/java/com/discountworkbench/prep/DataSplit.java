package com.discountworkbench.prep;

import com.discountworkbench.data.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Row indices of a train / validation / test split. Each label class is shuffled with the seed and cut at
 * the same shares, so a rare "bought" class (Hillstrom: 0.9 %) is represented in every part. The same labels
 * and seed always give the same split; indices within each part are ascending.
 */
public record DataSplit(int[] train, int[] validation, int[] test) {

    /** Splits the rows of {@code data}; {@code labels} holds one label per row (e.g. {@link Preprocessor#labels}). */
    public static DataSplit stratified(Dataset data, float[] labels, double trainShare, double validationShare,
                                       long seed) {
        if (labels.length != data.rowCount()) {
            throw new IllegalArgumentException(labels.length + " labels for " + data.rowCount() + " rows");
        }
        return stratified(labels, trainShare, validationShare, seed);
    }

    /**
     * @param trainShare      share of each class for training, e.g. 0.7
     * @param validationShare share for validation (early stopping), e.g. 0.15; the rest is test
     */
    public static DataSplit stratified(float[] labels, double trainShare, double validationShare, long seed) {
        if (!(trainShare > 0 && validationShare >= 0 && trainShare + validationShare <= 1 + 1e-9)) {
            throw new IllegalArgumentException("Shares must be positive and add up to at most 1: train "
                    + trainShare + ", validation " + validationShare);
        }
        Map<Float, List<Integer>> classes = new TreeMap<>();
        for (int row = 0; row < labels.length; row++) {
            classes.computeIfAbsent(labels[row], label -> new ArrayList<>()).add(row);
        }
        Random random = new Random(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> validation = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> rows : classes.values()) {
            int[] shuffled = rows.stream().mapToInt(Integer::intValue).toArray();
            shuffle(shuffled, random);
            int trainCount = (int) Math.round(shuffled.length * trainShare);
            int validationCount = Math.min((int) Math.round(shuffled.length * validationShare),
                    shuffled.length - trainCount);
            for (int i = 0; i < shuffled.length; i++) {
                (i < trainCount ? train : i < trainCount + validationCount ? validation : test).add(shuffled[i]);
            }
        }
        return new DataSplit(sorted(train), sorted(validation), sorted(test));
    }

    /** Fisher–Yates, so the order depends only on the seed. */
    private static void shuffle(int[] rows, Random random) {
        for (int i = rows.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = rows[i];
            rows[i] = rows[j];
            rows[j] = swap;
        }
    }

    private static int[] sorted(List<Integer> rows) {
        int[] array = rows.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(array);
        return array;
    }
}
