package com.discountworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof of quality (issue 4) on generated data whose true response is known: train on one file, decide for
 * new customers from another seed with {@code train} + {@code policy}, and value the exported policy with the
 * truth. The default is a small, fast version; the full measurement sets system properties, e.g.
 * {@code mvn -o test -Dtest=PolicyQualityTest -Dquality.trainRows=100000 -Dquality.targetRows=20000 -Dquality.epochs= -Dquality.minShare=0.9}
 * (an empty {@code quality.epochs} keeps the model's default settings).
 */
class PolicyQualityTest {
    private static final int TRAIN_ROWS = Integer.getInteger("quality.trainRows", 20_000);
    private static final int TARGET_ROWS = Integer.getInteger("quality.targetRows", 4_000);
    private static final long TRAIN_SEED = Long.getLong("quality.trainSeed", 11);
    private static final long TARGET_SEED = Long.getLong("quality.targetSeed", 12);
    private static final String EPOCHS = System.getProperty("quality.epochs", "12");
    private static final String CONFIG = System.getProperty("quality.config", "");
    private static final double MIN_SHARE = Double.parseDouble(System.getProperty("quality.minShare", "0.75"));

    @TempDir
    Path dir;

    @Test
    void exportedPolicyCapturesMostOfTheBestIncrementalProfit() throws Exception {
        Path train = dir.resolve("train.csv");
        Path target = dir.resolve("target.csv");
        Path model = dir.resolve("model.dwm");
        Path policy = dir.resolve("policy.csv");
        CommandRun.ok("generate-sample", "--rows", Integer.toString(TRAIN_ROWS), "--seed", Long.toString(TRAIN_SEED),
                "--out", train.toString());
        CommandRun.ok("generate-sample", "--rows", Integer.toString(TARGET_ROWS), "--seed",
                Long.toString(TARGET_SEED), "--out", target.toString());
        long start = System.nanoTime();
        CommandRun.ok(trainArguments(train, model));
        long trained = System.nanoTime();
        CommandRun.ok("policy", model.toString(), target.toString(), "--out", policy.toString());
        long decided = System.nanoTime();

        PolicyTruth truth = PolicyTruth.of(policy, TARGET_ROWS, TARGET_SEED);
        System.out.printf(Locale.ROOT, "quality: train %d rows (seed %d, epochs %s), target %d rows (seed %d):"
                        + " captured %.1f%%, best uniform (%.2f) %.1f%%; train %.1f s, policy %.1f s%n", TRAIN_ROWS,
                TRAIN_SEED, EPOCHS.isEmpty() ? "default" : EPOCHS, TARGET_ROWS, TARGET_SEED, 100 * truth.captured(),
                truth.figures().bestUniform().discount(), 100 * truth.bestUniformShare(), (trained - start) / 1e9,
                (decided - trained) / 1e9);
        assertThat(truth.captured()).isGreaterThanOrEqualTo(MIN_SHARE)
                .isGreaterThan(truth.bestUniformShare() + 0.15);
    }

    private static String[] trainArguments(Path train, Path model) {
        List<String> args = new ArrayList<>(List.of("train", train.toString(), "--out", model.toString()));
        if (!EPOCHS.isEmpty()) {
            args.addAll(List.of("--epochs", EPOCHS));
        }
        if (!CONFIG.isEmpty()) {
            args.addAll(List.of("--config", CONFIG));
        }
        return args.toArray(String[]::new);
    }
}
