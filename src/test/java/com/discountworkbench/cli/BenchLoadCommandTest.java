package com.discountworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.csv.CsvCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchLoadCommandTest {
    @TempDir
    Path dir;

    @Test
    void generatesLoadsAndReportsTheFigures() throws IOException {
        Path kept = dir.resolve("bench.csv");
        long tempFilesBefore = benchTempFiles();

        CommandRun run = CommandRun.of("bench", "load", "--rows", "3000", "--columns", "8", "--runs", "2",
                "--keep", kept.toString());

        assertThat(run.exitCode()).isZero();
        Map<String, String> figures = lastLineFigures(run.out());
        assertThat(figures.get("rows")).isEqualTo("3000");
        assertThat(Double.parseDouble(figures.get("rows_per_s"))).isPositive();
        assertThat(Double.parseDouble(figures.get("peak_heap_mb"))).isPositive();
        assertThat(figures.get("numeric_float32_mb")).isEqualTo("0.1");
        assertThat(run.out()).contains("run=1 ", "run=2 ");
        assertThat(Files.readAllLines(kept)).hasSize(3001)
                .first().isEqualTo("amount_1,rate_1,count_1,flag_1,amount_2,rate_2,count_2,flag_2");
        assertThat(benchTempFiles()).isEqualTo(tempFilesBefore);
    }

    @Test
    void loadsAGivenFile() {
        CommandRun run = CommandRun.of("bench", "load", "--runs", "1", CsvCorpus.file("types.csv").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(lastLineFigures(run.out()).get("rows")).isEqualTo("120");
    }

    @Test
    void generatedFileIsTheSameForTheSameSeed() throws IOException {
        Path first = dir.resolve("a.csv");
        Path second = dir.resolve("b.csv");
        BenchmarkCsv.write(first, 50, 5, 7);
        BenchmarkCsv.write(second, 50, 5, 7);

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(Files.readAllLines(first).get(1)).matches("\\d+\\.\\d{2},\\d\\.\\d{4},\\d+,[01],\\d+\\.\\d{2}");
    }

    private static Map<String, String> lastLineFigures(String out) {
        String[] lines = out.strip().split("\n");
        Map<String, String> figures = new HashMap<>();
        for (String pair : lines[lines.length - 1].split(" ")) {
            String[] parts = pair.split("=", 2);
            figures.put(parts[0], parts[1]);
        }
        return figures;
    }

    private static long benchTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("bench-load-")).count();
        }
    }
}
