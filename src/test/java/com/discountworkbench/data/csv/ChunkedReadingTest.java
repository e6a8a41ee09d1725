package com.discountworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.task.CancelledException;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChunkedReadingTest {
    @TempDir
    Path dir;

    /** Every chunk, and what the reader found in the whole file. */
    record Chunked(List<Dataset> chunks, CsvChunkReader.Summary summary) {
    }

    static Chunked readInChunks(Path file, CsvOptions options, int chunkRows, TaskMonitor monitor) throws IOException {
        List<Dataset> chunks = new ArrayList<>();
        try (CsvChunkReader reader = CsvChunkReader.open(file, options, chunkRows, monitor)) {
            reader.forEachRemaining(chunks::add);
            return new Chunked(chunks, reader.summary());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"quoted.csv", "crlf.csv", "cr-only.csv", "crlf-no-final-break.csv", "bad-rows.csv",
        "excel-trailing.csv", "semicolon-decimal-comma.csv", "utf16le-bom.csv", "gbk.csv", "windows-1252.csv",
        "types.csv", "dates.csv", "missing-tokens.csv", "no-header.csv", "booleans.csv", "sample-like.csv",
        "header-short.csv", "duplicate-header.csv"})
    void chunksHoldExactlyWhatTheWholeFileReadHolds(String name) throws IOException {
        Path file = CsvCorpus.file(name);
        LoadedDataset whole = CsvCorpus.read(name);

        for (int chunkRows : new int[] {1, 2, 7, 10_000}) {
            Chunked chunked = readInChunks(file, CsvOptions.detect(), chunkRows, TaskMonitor.NONE);

            assertSameData(chunked.chunks(), whole.dataset());
            assertThat(chunked.chunks()).allSatisfy(chunk ->
                    assertThat(chunk.rowCount()).isLessThanOrEqualTo(chunkRows));
            assertThat(chunked.summary().rows()).isEqualTo(whole.dataset().rowCount());
            assertThat(chunked.summary().source()).isEqualTo(whole.dataset().source());
            assertThat(chunked.summary().findings().rejected()).isEqualTo(whole.report().rejected());
            assertThat(chunked.summary().findings().rejectedCount()).isEqualTo(whole.report().rejectedCount());
            assertThat(chunked.summary().findings().blankLines()).isEqualTo(whole.report().blankLines());
        }
    }

    @Test
    void quotedLineBreaksAndCrlfPastTheSampleSplitAtAnyChunkBoundary() throws IOException {
        StringBuilder text = new StringBuilder("id,note,amount\r\n");
        for (int i = 0; i < 5_000; i++) {
            String note = i % 3 == 0 ? "\"two\r\nlines, \"\"quoted\"\"\"" : "plain " + (i % 5);
            text.append(i).append(',').append(note).append(',').append(i % 101 == 0 ? "x" : i * 0.5).append("\r\n");
        }
        Path file = dir.resolve("multi-line.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        LoadedDataset whole = CsvCorpus.read(file);

        Chunked chunked = readInChunks(file, CsvOptions.detect(), 333, TaskMonitor.NONE);

        assertSameData(chunked.chunks(), whole.dataset());
        assertThat(chunked.summary().findings().rejected()).isEqualTo(whole.report().rejected());
        assertThat(chunked.summary().findings().rejected().get(0).line()).isEqualTo(2);
        assertThat(chunked.summary().findings().rejectedCount()).isEqualTo(50);
    }

    @Test
    void categoriesFirstSeenInALateChunkJoinTheSharedDictionary() throws IOException {
        StringBuilder text = new StringBuilder("customer_id,city,spend\n");
        for (int i = 0; i < 6_000; i++) {
            String city = i >= 5_500 && i % 2 == 0 ? "Nantes" : i % 3 == 0 ? "Paris" : "Lyon";
            text.append("C").append(i).append(',').append(city).append(',').append(i % 50).append('\n');
        }
        Path file = dir.resolve("late-city.csv");
        Files.writeString(file, text);

        Chunked chunked = readInChunks(file, CsvOptions.detect(), 1_000, TaskMonitor.NONE);

        CategoricalColumn first = (CategoricalColumn) chunked.chunks().get(0).column("city");
        CategoricalColumn last = (CategoricalColumn) chunked.chunks().get(5).column("city");
        assertThat(first.levels()).containsExactly("Paris", "Lyon");
        assertThat(last.levels()).containsExactly("Paris", "Lyon", "Nantes");
        assertThat(last.get(500)).isEqualTo("Nantes");
        assertThat(last.get(3)).isEqualTo(first.get(1)).isEqualTo("Lyon");
        assertThat(last.code(3)).isEqualTo(first.code(1)); // a level keeps its code
        assertSameData(chunked.chunks(), CsvCorpus.read(file).dataset());
        CategoricalColumn ids = (CategoricalColumn) chunked.chunks().get(5).column("customer_id");
        assertThat(ids.levels()).hasSize(1_000).startsWith("C5000"); // ids do not pile up across chunks
        assertThat(chunked.chunks()).allSatisfy(chunk ->
                assertThat(chunk.role("customer_id")).isEqualTo(ColumnRole.ID));
    }

    @Test
    void manyRowsComeInChunksOfExactlyTheAskedSize() throws IOException {
        StringBuilder text = new StringBuilder("customer_id,age,device,basket\n");
        for (int i = 0; i < 300_000; i++) {
            text.append("C").append(i).append(',').append(18 + i % 60).append(',')
                    .append(i % 4 == 0 ? "mobile" : "desktop").append(',').append(i % 1000 / 10.0).append('\n');
        }
        Path file = dir.resolve("many.csv");
        Files.writeString(file, text);
        List<Integer> sizes = new ArrayList<>();

        try (CsvChunkReader reader = CsvChunkReader.open(file, CsvOptions.detect(), 7_000, TaskMonitor.NONE)) {
            while (reader.hasNext()) {
                Dataset chunk = reader.next();
                sizes.add(chunk.rowCount());
                assertThat(((NumericColumn) chunk.column("basket")).values()).hasSize(chunk.rowCount());
                assertThat(((CategoricalColumn) chunk.column("customer_id")).levels()).hasSize(chunk.rowCount());
            }
            assertThat(reader.summary().rows()).isEqualTo(300_000);
        }
        assertThat(sizes).hasSize(43);
        assertThat(sizes.subList(0, 42)).containsOnly(7_000);
        assertThat(sizes.get(42)).isEqualTo(300_000 - 42 * 7_000);
    }

    @Test
    void reportsProgressByBytesAndStopsWhenCancelledBetweenChunks() throws IOException {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 100_000; i++) {
            text.append(i).append(',').append(i % 9).append('\n');
        }
        Path file = dir.resolve("progress.csv");
        Files.writeString(file, text);
        List<Double> fractions = new ArrayList<>();
        boolean[] cancelled = {false};
        TaskMonitor monitor = new TaskMonitor() {
            @Override public void progress(double fraction, String message) { fractions.add(fraction); }

            @Override public boolean isCancelled() { return cancelled[0]; }
        };

        readInChunks(file, CsvOptions.detect(), 10_000, monitor);
        assertThat(fractions).hasSizeGreaterThan(2).isSorted();
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);

        try (CsvChunkReader reader = CsvChunkReader.open(file, CsvOptions.detect(), 10_000, monitor)) {
            reader.next();
            cancelled[0] = true;
            assertThatThrownBy(reader::hasNext).isInstanceOf(CancelledException.class);
        }
    }

    @Test
    void roleOverridesApplyToEveryChunkAndAFileWithoutRowsFails() throws IOException {
        Path file = CsvCorpus.file("types.csv");
        Chunked chunked = readInChunks(file, CsvOptions.detect().withRoleOverrides(Map.of("price", ColumnRole.IGNORE)),
                50, TaskMonitor.NONE);
        assertThat(chunked.chunks()).allSatisfy(chunk -> assertThat(chunk.role("price")).isEqualTo(ColumnRole.IGNORE));

        Path rejectedOnly = dir.resolve("rejected.csv");
        Files.writeString(rejectedOnly, "a,b\n1\n2\n");
        assertThatThrownBy(() -> readInChunks(rejectedOnly, CsvOptions.detect(), 10, TaskMonitor.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("No row could be read");
    }

    /** Same columns, types, roles and values, row for row, as the whole-file read. */
    static void assertSameData(List<Dataset> chunks, Dataset whole) {
        assertThat(chunks).isNotEmpty();
        int row = 0;
        for (Dataset chunk : chunks) {
            assertThat(chunk.roles()).isEqualTo(whole.roles());
            for (int c = 0; c < whole.columnCount(); c++) {
                Column expected = whole.columns().get(c);
                Column actual = chunk.columns().get(c);
                assertThat(actual.name()).isEqualTo(expected.name());
                assertThat(actual.type()).as(expected.name()).isEqualTo(expected.type());
                for (int r = 0; r < chunk.rowCount(); r++) {
                    assertThat(actual.display(r)).as("%s row %d", expected.name(), row + r)
                            .isEqualTo(expected.display(row + r));
                    if (expected instanceof NumericColumn numbers) {
                        assertThat(Float.floatToIntBits(((NumericColumn) actual).get(r)))
                                .isEqualTo(Float.floatToIntBits(numbers.get(row + r)));
                    }
                }
            }
            row += chunk.rowCount();
        }
        assertThat(row).isEqualTo(whole.rowCount());
    }
}
