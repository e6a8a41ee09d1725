package com.discountworkbench.data.csv;

import static com.discountworkbench.data.csv.CsvCorpus.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.task.CancelledException;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingTest {
    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void writeFile() throws IOException {
        StringBuilder text = new StringBuilder("id,city,amount\n");
        for (int i = 0; i < 60_000; i++) {
            text.append(i).append(',').append(i % 3 == 0 ? "Paris" : "Lyon").append(',').append(i * 0.25).append('\n');
        }
        file = dir.resolve("big.csv");
        Files.writeString(file, text);
    }

    @Test
    void reportsProgressByBytesUpToTheEnd() {
        List<Double> fractions = new ArrayList<>();
        TaskMonitor monitor = new TaskMonitor() {
            @Override public void progress(double fraction, String message) { fractions.add(fraction); }

            @Override public boolean isCancelled() { return false; }
        };

        CsvDatasetReader.read(file, CsvOptions.detect(), monitor);

        assertThat(fractions).hasSizeGreaterThan(3).isSorted();
        assertThat(fractions.get(0)).isLessThan(1);
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void canBeCancelledWhileReading() {
        TaskMonitor cancelAfterFirstBlock = new TaskMonitor() {
            private int calls;

            @Override public void progress(double fraction, String message) { calls++; }

            @Override public boolean isCancelled() { return calls > 1; }
        };

        assertThatThrownBy(() -> CsvDatasetReader.read(file, CsvOptions.detect(), cancelAfterFirstBlock))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void recordsTheFilesSha256AndHowItWasRead() throws IOException, NoSuchAlgorithmException {
        LoadedDataset loaded = read(file);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(loaded.dataset().source().sha256()).isEqualTo(expected);
        assertThat(loaded.dataset().source().sizeBytes()).isEqualTo(Files.size(file));
        assertThat(loaded.dataset().source().file()).isEqualTo(file);
        assertThat(loaded.dataset().source().delimiter()).isEqualTo(',');
    }

    @Test
    void storesColumnsAsPrimitiveArraysOfExactLength() {
        LoadedDataset loaded = read(file);

        NumericColumn amount = (NumericColumn) loaded.dataset().column("amount");
        CategoricalColumn city = (CategoricalColumn) loaded.dataset().column("city");
        assertThat(amount.values()).hasSize(60_000);
        assertThat(amount.get(59_999)).isEqualTo(59_999 * 0.25f);
        assertThat(city.codes()).hasSize(60_000);
        assertThat(city.levels()).containsExactly("Paris", "Lyon");
    }

    @Test
    void neverModifiesTheInputAndReadsReadOnlyFiles() throws IOException {
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        assertThat(file.toFile().setReadOnly()).isTrue();

        read(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(dir.toFile().list()).containsExactly("big.csv");
    }

    @Test
    void lineBreakCountBoundsTheRecords() throws IOException {
        Path crlf = dir.resolve("crlf.csv");
        Files.writeString(crlf, "a\r\n1\r\n2");
        Path crOnly = dir.resolve("cr.csv");
        Files.writeString(crOnly, "a\r1\r2\r");

        assertThat(LineBreakCounter.lines(file, TaskMonitor.NONE)).isEqualTo(60_001);
        assertThat(LineBreakCounter.lines(crlf, TaskMonitor.NONE)).isEqualTo(3);
        assertThat(LineBreakCounter.lines(crOnly, TaskMonitor.NONE)).isEqualTo(3);
    }
}
