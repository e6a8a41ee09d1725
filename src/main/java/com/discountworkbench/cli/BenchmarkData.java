package com.discountworkbench.cli;

import com.discountworkbench.data.DataException;
import com.discountworkbench.prep.FeatureMatrix;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Data for the training and scoring benchmarks: a generated purchase problem, or a numeric CSV file so other tools
 * (PyTorch) can train on exactly the same rows. Not the application's CSV reader: benchmark files are plain
 * comma-separated numbers with a header, and any other content is rejected.
 *
 * @param features          every row's features
 * @param labels            0/1 purchase outcome per row
 * @param trueProbabilities the generator's purchase probabilities (null for files): the best any model can do
 */
record BenchmarkData(FeatureMatrix features, float[] labels, float[] trueProbabilities) {
    static final int GENERATED_FEATURES = 24;
    static final String LABEL = "label";
    /** Scales the generator's logit; chosen so Adam at batch 256 reaches a holdout AUC near PyTorch's 0.850. */
    private static final double SIGNAL = 1.15;

    /**
     * A nonlinear purchase problem (interactions, thresholds, a sine, noise features) with ~29 % buyers: 20
     * standard-normal features and 4 binary ones, labels drawn from a known logistic probability.
     */
    static BenchmarkData generate(int rows, long seed) {
        int width = GENERATED_FEATURES;
        float[] x = new float[rows * width];
        float[] labels = new float[rows];
        float[] probabilities = new float[rows];
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 0; r < rows; r++) {
            int o = r * width;
            for (int j = 0; j < 20; j++) {
                x[o + j] = (float) random.nextGaussian();
            }
            for (int j = 20; j < width; j++) {
                x[o + j] = random.nextDouble() < 0.3 + 0.1 * (j - 20) ? 1f : 0f;
            }
            double z = -1.2 + 0.9 * x[o] - 0.7 * x[o + 1] + 0.6 * x[o + 2] * x[o + 3] + 0.8 * Math.tanh(2 * x[o + 4])
                    + 0.35 * (x[o + 5] * x[o + 5] - 1) + 0.7 * x[o + 20] * x[o + 6] - 0.5 * x[o + 21]
                    + 0.4 * Math.max(0, x[o + 7]) + 0.5 * Math.sin(1.5 * x[o + 8]) + 0.45 * x[o + 22] * x[o + 9];
            for (int j = 10; j < 16; j++) {
                z += 0.15 * x[o + j];
            }
            probabilities[r] = (float) (1 / (1 + Math.exp(-SIGNAL * z)));
            labels[r] = random.nextDouble() < probabilities[r] ? 1f : 0f;
        }
        List<String> names = IntStream.rangeClosed(1, width).mapToObj(i -> "x" + i).toList();
        return new BenchmarkData(new FeatureMatrix(x, rows, names), labels, probabilities);
    }

    int rows() {
        return labels.length;
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), in file order. */
    BenchmarkData slice(int from, int to) {
        int width = features.columns();
        FeatureMatrix part = new FeatureMatrix(Arrays.copyOfRange(features.values(), from * width, to * width),
                to - from, features.names());
        return new BenchmarkData(part, Arrays.copyOfRange(labels, from, to),
                trueProbabilities == null ? null : Arrays.copyOfRange(trueProbabilities, from, to));
    }

    /** Writes the features and a {@code label} column; written to a temporary file first, then moved into place. */
    void writeCsv(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write(String.join(",", features.names()) + "," + LABEL + "\n");
            int width = features.columns();
            StringBuilder line = new StringBuilder();
            for (int r = 0; r < rows(); r++) {
                line.setLength(0);
                for (int c = 0; c < width; c++) {
                    line.append(features.values()[r * width + c]).append(',');
                }
                line.append(labels[r] > 0.5f ? '1' : '0').append('\n');
                out.write(line.toString());
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Reads a header plus comma-separated numbers; {@code labelColumn} must hold 0 or 1. */
    static BenchmarkData readCsv(Path file, String labelColumn) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null) {
                throw new DataException("The file is empty.", file, 1, null, null);
            }
            List<String> columns = Arrays.asList(header.strip().split(",", -1));
            int label = columns.indexOf(labelColumn);
            if (label < 0) {
                throw new DataException("There is no column '" + labelColumn + "'. Columns: " + columns, file, 1,
                        null, null);
            }
            List<String> names = new ArrayList<>(columns);
            names.remove(label);
            FloatList values = new FloatList();
            FloatList labels = new FloatList();
            long lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns.size()) {
                    throw new DataException("Expected " + columns.size() + " values, found " + cells.length + ".",
                            file, lineNumber, null, null);
                }
                for (int c = 0; c < cells.length; c++) {
                    float value = parse(cells[c], file, lineNumber, columns.get(c));
                    if (c != label) {
                        values.add(value);
                    } else if (value == 0f || value == 1f) {
                        labels.add(value);
                    } else {
                        throw new DataException("The label must be 0 or 1.", file, lineNumber, labelColumn, null);
                    }
                }
            }
            return new BenchmarkData(new FeatureMatrix(values.toArray(), labels.size(), names), labels.toArray(), null);
        }
    }

    private static float parse(String cell, Path file, long line, String column) {
        try {
            return Float.parseFloat(cell.strip());
        } catch (NumberFormatException e) {
            throw new DataException("'" + cell + "' is not a number; benchmark files hold numbers only.", file, line,
                    column, e);
        }
    }

    /** A growable float array, to read files without boxing every value. */
    private static final class FloatList {
        private float[] values = new float[1024];
        private int size;

        void add(float value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        float[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
