package com.discountworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.sample.SampleCsv;
import com.discountworkbench.sample.SampleDataGenerator;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateSampleCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandRun result = CommandRun.of(args);
        out.write(result.out());
        err.write(result.err());
        return result.exitCode();
    }

    @Test
    void writesTheRequestedRows() throws IOException {
        Path file = dir.resolve("customers.csv");
        assertThat(run("generate-sample", "--rows", "300", "--seed", "9", "--out", file.toString())).isZero();
        assertThat(out.toString()).contains("wrote 300 rows").contains("seed 9");
        Path expected = dir.resolve("expected.csv");
        SampleCsv.writeAtomically(expected, SampleDataGenerator.generate(300, 9), 300, TaskMonitor.NONE);
        assertThat(Files.mismatch(file, expected)).isEqualTo(-1L);
        assertThat(Files.readAllLines(file)).hasSize(301);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void truthPrintsThePolicyValues() {
        Path file = dir.resolve("customers.csv");
        assertThat(run("generate-sample", "--rows", "2000", "--out", file.toString(), "--truth")).isZero();
        assertThat(out.toString())
                .contains("observed conversion")
                .containsPattern("no discount +\\d+\\.\\d{2} .* 0\\.0%")
                .containsPattern("best uniform \\(0\\.\\d{2}\\)")
                .containsPattern("best per-customer +\\d+\\.\\d{2} .* 100\\.0%")
                .contains("best per-customer discounts: 0.00=");
    }

    @Test
    void badOptionsGiveAClearErrorAndExitCode2() {
        Path file = dir.resolve("x.csv");
        assertThat(run("generate-sample", "--rows", "0", "--out", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("error: --rows must be at least 1 (got 0)");
        assertThat(run("generate-sample", "--rows", "many", "--out", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--rows").contains("many");
        assertThat(run("generate-sample", "--rows", "10")).isEqualTo(2);
        assertThat(err.toString()).contains("--out");
        assertThat(run("generate-sample", "--out", file.toString(), "--truth", "--fixed-cost", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("error: --fixed-cost cannot be negative");
        assertThat(run("generate-sample", "--out", dir.resolve("no/such/folder.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("error: folder.csv: The folder").contains("does not exist");
        assertThat(file).doesNotExist();
    }
}
