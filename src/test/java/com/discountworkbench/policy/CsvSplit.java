package com.discountworkbench.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Splits a CSV file (one record per line) into a seeded random train share and the rest, both with the
 * header and in the original row order: the two-file workflow for checking a policy on held-out history.
 */
final class CsvSplit {
    private CsvSplit() {
    }

    /** Writes {@code train} and {@code test}; returns the number of test rows. */
    static int split(Path source, double trainShare, long seed, Path train, Path test) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        int rows = lines.size() - 1;
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        boolean[] inTrain = new boolean[rows];
        int trainRows = (int) Math.round(trainShare * rows);
        for (int i = 0; i < trainRows; i++) {
            inTrain[order[i]] = true;
        }
        List<String> trainLines = new ArrayList<>(List.of(lines.get(0)));
        List<String> testLines = new ArrayList<>(List.of(lines.get(0)));
        for (int row = 0; row < rows; row++) {
            (inTrain[row] ? trainLines : testLines).add(lines.get(row + 1));
        }
        Files.write(train, trainLines, StandardCharsets.UTF_8);
        Files.write(test, testLines, StandardCharsets.UTF_8);
        return testLines.size() - 1;
    }
}
