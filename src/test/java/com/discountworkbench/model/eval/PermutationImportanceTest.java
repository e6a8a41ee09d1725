package com.discountworkbench.model.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.task.TaskMonitor;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class PermutationImportanceTest {

    @Test
    void onlyTheColumnTheModelUsesMattersAndOneHotColumnsShuffleTogether() {
        int rows = 2000;
        List<String> names = List.of("income", "noise", "device=mobile", "device=desktop");
        float[] values = new float[rows * names.size()];
        float[] labels = new float[rows];
        SplittableRandom random = new SplittableRandom(5);
        for (int r = 0; r < rows; r++) {
            values[r * 4] = (float) random.nextGaussian();
            values[r * 4 + 1] = (float) random.nextGaussian();
            boolean mobile = random.nextBoolean();
            values[r * 4 + 2] = mobile ? 1 : 0;
            values[r * 4 + 3] = mobile ? 0 : 1;
            labels[r] = values[r * 4] + 0.5 * random.nextGaussian() > 0 ? 1 : 0;
        }
        FeatureMatrix features = new FeatureMatrix(values, rows, names);
        Function<FeatureMatrix, float[]> readsIncome = matrix -> {
            float[] scores = new float[matrix.rows()];
            for (int r = 0; r < scores.length; r++) {
                scores[r] = matrix.get(r, 0);
            }
            return scores;
        };

        List<PermutationImportance.FeatureImportance> importance = PermutationImportance.compute(features, labels,
                readsIncome, PermutationImportance.Metric.AUC, 3, 11, TaskMonitor.NONE);

        assertThat(importance).extracting(PermutationImportance.FeatureImportance::feature)
                .containsExactly("income", "noise", "device");
        assertThat(importance.get(0).importance()).isGreaterThan(0.3);
        assertThat(importance.get(1).importance()).isEqualTo(0.0);
        assertThat(importance.get(2).columns()).containsExactly("device=mobile", "device=desktop");
        assertThat(features.values()).isEqualTo(values); // the caller's matrix is untouched
    }
}
