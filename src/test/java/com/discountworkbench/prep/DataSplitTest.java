package com.discountworkbench.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DataSplitTest {

    /** 1,000 customers of whom 30 bought, spread over the file. */
    private static float[] rareBuyers() {
        float[] labels = new float[1000];
        for (int i = 0; i < 30; i++) {
            labels[i * 33 + 7] = 1f;
        }
        return labels;
    }

    private static long buyers(int[] rows, float[] labels) {
        return Arrays.stream(rows).filter(row -> labels[row] == 1f).count();
    }

    @Test
    void everyPartGetsItsShareOfEachClass() {
        float[] labels = rareBuyers();

        DataSplit split = DataSplit.stratified(labels, 0.7, 0.15, 42);

        assertThat(buyers(split.train(), labels)).isEqualTo(21);
        assertThat(buyers(split.validation(), labels)).isBetween(4L, 5L);
        assertThat(buyers(split.test(), labels)).isBetween(4L, 5L);
        assertThat(split.train()).hasSize(21 + 679);
        assertThat(split.validation().length + split.test().length).isEqualTo(300);
    }

    @Test
    void partsAreDisjointSortedAndCoverEveryRow() {
        DataSplit split = DataSplit.stratified(rareBuyers(), 0.6, 0.2, 7);

        int[] all = IntStream.concat(IntStream.concat(Arrays.stream(split.train()),
                Arrays.stream(split.validation())), Arrays.stream(split.test())).sorted().toArray();
        assertThat(all).containsExactly(IntStream.range(0, 1000).toArray());
        assertThat(split.train()).isSorted();
        assertThat(split.validation()).isSorted();
        assertThat(split.test()).isSorted();
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        float[] labels = rareBuyers();

        DataSplit first = DataSplit.stratified(labels, 0.7, 0.15, 1);
        DataSplit again = DataSplit.stratified(labels, 0.7, 0.15, 1);
        DataSplit other = DataSplit.stratified(labels, 0.7, 0.15, 2);

        assertThat(again.train()).containsExactly(first.train());
        assertThat(again.validation()).containsExactly(first.validation());
        assertThat(again.test()).containsExactly(first.test());
        assertThat(other.train()).isNotEqualTo(first.train());
    }

    @Test
    void validationCanBeEmptyAndBadSharesAreRejected() {
        DataSplit split = DataSplit.stratified(rareBuyers(), 0.8, 0, 3);

        assertThat(split.validation()).isEmpty();
        assertThat(split.test()).hasSize(200);
        assertThatThrownBy(() -> DataSplit.stratified(rareBuyers(), 0.8, 0.3, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void datasetOverloadChecksTheLabelCount() {
        var data = TestData.create().decimal("x", 1, 2, 3, 4).build();

        assertThat(DataSplit.stratified(data, new float[] {0, 1, 0, 1}, 0.5, 0, 9).train()).hasSize(2);
        assertThatThrownBy(() -> DataSplit.stratified(data, new float[] {0, 1}, 0.5, 0, 9))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
