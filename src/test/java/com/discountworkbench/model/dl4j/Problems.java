package com.discountworkbench.model.dl4j;

import com.discountworkbench.prep.FeatureMatrix;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Small synthetic training problems with known answers. */
record Problems(FeatureMatrix features, float[] targets) {
    static final int COLUMNS = 4;

    /** Buyers exactly when x1 + x2 > 0. */
    static Problems separable(int rows, long seed) {
        return generate(rows, seed, (x, random) -> x[0] + x[1] > 0 ? 1f : 0f);
    }

    /** Buyers drawn from a logistic model of x1 and x2 with the given intercept (−3 gives about 6 % buyers). */
    static Problems logistic(int rows, double intercept, long seed) {
        return generate(rows, seed, (x, random) ->
                random.nextDouble() < 1 / (1 + Math.exp(-(intercept + 1.5 * x[0] - x[1]))) ? 1f : 0f);
    }

    /** Positive spend: exp(3 + 0.5·x1 + 0.3·x2 + noise · standard normal). */
    static Problems spend(int rows, double noise, long seed) {
        return generate(rows, seed, (x, random) ->
                (float) Math.exp(3 + 0.5 * x[0] + 0.3 * x[1] + noise * random.nextGaussian()));
    }

    /** Labels independent of the features: anything learned is noise. */
    static Problems noise(int rows, long seed) {
        return generate(rows, seed, (x, random) -> random.nextBoolean() ? 1f : 0f);
    }

    Problems rows(int from, int to) {
        return new Problems(new FeatureMatrix(Arrays.copyOfRange(features.values(), from * COLUMNS, to * COLUMNS),
                to - from, features.names()), Arrays.copyOfRange(targets, from, to));
    }

    double mean() {
        double sum = 0;
        for (float target : targets) {
            sum += target;
        }
        return sum / targets.length;
    }

    private interface Target {
        float of(float[] x, SplittableRandom random);
    }

    private static Problems generate(int rows, long seed, Target target) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[rows * COLUMNS];
        float[] targets = new float[rows];
        float[] row = new float[COLUMNS];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                row[c] = (float) random.nextGaussian();
                values[r * COLUMNS + c] = row[c];
            }
            targets[r] = target.of(row, random);
        }
        List<String> names = IntStream.rangeClosed(1, COLUMNS).mapToObj(i -> "x" + i).toList();
        return new Problems(new FeatureMatrix(values, rows, names), targets);
    }
}
