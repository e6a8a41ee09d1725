package com.discountworkbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files shared by the policy command tests, made once per test run: a quickly trained model on generated
 * customers, a customer file of new customers with their randomized history, and a named-offer variant.
 */
final class TrainedSample {
    static final int TARGET_ROWS = 1_500;
    static final long TARGET_SEED = 6;
    private static TrainedSample instance;

    final Path folder;
    final Path model;
    final Path customers;
    final Path namedModel;
    final Path namedCustomers;

    private TrainedSample(Path folder) {
        this.folder = folder;
        this.model = folder.resolve("model.dwm");
        this.customers = folder.resolve("customers.csv");
        this.namedModel = folder.resolve("named.dwm");
        this.namedCustomers = folder.resolve("named-customers.csv");
    }

    static synchronized TrainedSample get() {
        if (instance == null) {
            try {
                Path folder = Files.createTempDirectory("trained-sample");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder)));
                instance = new TrainedSample(folder);
                instance.make();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private void make() throws IOException {
        Path history = folder.resolve("history.csv");
        CommandRun.ok("generate-sample", "--rows", "4000", "--seed", "5", "--out", history.toString());
        CommandRun.ok("generate-sample", "--rows", Integer.toString(TARGET_ROWS), "--seed",
                Long.toString(TARGET_SEED), "--out", customers.toString());
        CommandRun.ok("train", history.toString(), "--out", model.toString(), "--epochs", "4");
        Path namedHistory = folder.resolve("named-history.csv");
        Files.write(namedHistory, asNamedOffers(history));
        Files.write(namedCustomers, asNamedOffers(customers));
        CommandRun.ok("train", namedHistory.toString(), "--out", namedModel.toString(), "--epochs", "3",
                "--treatment", "offer");
    }

    /** The sample rows with discounts 0, 0.10 and 0.30 as the named offers "No Offer", "Silver", "Gold". */
    static List<String> asNamedOffers(Path sample) throws IOException {
        List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
        int column = List.of(lines.get(0).split(",")).indexOf("discount_offered");
        List<String> named = new ArrayList<>(List.of(lines.get(0).replace("discount_offered", "offer")));
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            String offer = switch (fields[column]) {
                case "0.00" -> "No Offer";
                case "0.10" -> "Silver";
                case "0.30" -> "Gold";
                default -> null;
            };
            if (offer != null) {
                fields[column] = offer;
                named.add(String.join(",", fields));
            }
        }
        return named;
    }

    /** A copy of a CSV file without one column. */
    static Path withoutColumn(Path source, String column, Path target) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        int index = List.of(lines.get(0).split(",")).indexOf(column);
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            List<String> fields = new ArrayList<>(List.of(line.split(",", -1)));
            fields.remove(index);
            kept.add(String.join(",", fields));
        }
        return Files.write(target, kept);
    }

    /** A copy of a CSV file with one more column holding the same text in every row. */
    static Path withColumn(Path source, String column, String value, Path target) throws IOException {
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        List<String> extended = new ArrayList<>(List.of(lines.get(0) + "," + column));
        lines.stream().skip(1).forEach(line -> extended.add(line + "," + value));
        return Files.write(target, extended);
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
