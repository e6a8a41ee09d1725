package com.discountworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandsTest {

    @Test
    void trainPrintsTheBenchmarkFiguresAndAFileRunMatchesTheGeneratedRun(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("bench.csv");

        String generated = run("bench", "train", "--rows", "3000", "--epochs", "2", "--write-data", csv.toString());
        String fromFile = run("bench", "train", csv.toString(), "--label", "label", "--epochs", "2");

        assertThat(generated).contains("network=24-64-32-1 params=3713", "wall_s=", "rows_per_s=", "oracle_auc=");
        double auc = number(generated, "holdout_auc");
        assertThat(auc).isGreaterThan(0.6);
        assertThat(number(fromFile, "holdout_auc")).isEqualTo(auc);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3001);
        assertThat(lines.get(0)).startsWith("x1,x2,").endsWith(",x24,label");
    }

    @Test
    void aNonNumericFileIsAnInputError(@TempDir Path folder) throws Exception {
        Path csv = folder.resolve("bad.csv");
        Files.writeString(csv, "a,label\n1.5,0\nhigh,1\n");
        CommandRun run = CommandRun.of("bench", "train", csv.toString());

        assertThat(run.exitCode()).isEqualTo(WorkbenchCommand.EXIT_INPUT_ERROR);
        assertThat(run.err()).contains("bad.csv, line 3, column 'a'", "'high' is not a number");
    }

    @Test
    void scorePrintsThroughput() {
        String output = run("bench", "score", "--rows", "30000");

        assertThat(output).contains("rows=30000");
        assertThat(number(output, "rows_per_s")).isPositive();
    }

    private static String run(String... args) {
        return CommandRun.ok(args).out();
    }

    private static double number(String output, String key) {
        Matcher matcher = Pattern.compile("(?m)^" + key + "=([0-9.]+)$").matcher(output);
        assertThat(matcher.find()).as(key + " in " + output).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
