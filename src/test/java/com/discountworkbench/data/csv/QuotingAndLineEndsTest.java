package com.discountworkbench.data.csv;

import static com.discountworkbench.data.csv.CsvCorpus.numbers;
import static com.discountworkbench.data.csv.CsvCorpus.read;
import static com.discountworkbench.data.csv.CsvCorpus.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.RejectedRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotingAndLineEndsTest {
    @TempDir
    Path dir;

    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks() {
        LoadedDataset loaded = read("quoted.csv");

        assertThat(texts(loaded, "comment")).containsExactly("hello, world\nsecond line", "she said \"hi\"",
                "TV 55\" screen", "multi\n\nblank inside");
        assertThat(numbers(loaded, "amount")).containsExactly(10f, 20f, 30f, 40f);
    }

    @Test
    void quotesAroundEveryTextFieldAsRWritesThem() throws IOException {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "\"id\",\"city\",\"amount\"\r\n1,\"Paris, FR\",2.5\r\n2,\"\",3\r\n3,\"Lyon\" ,4\r\n"
                + "4,\"Nice\",\"5\"");

        LoadedDataset loaded = read(file);

        assertThat(loaded.dataset().columns()).extracting(c -> c.name()).containsExactly("id", "city", "amount");
        assertThat(texts(loaded, "city")).containsExactly("Paris, FR", null, "Lyon", "Nice");
        assertThat(numbers(loaded, "amount")).containsExactly(2.5f, 3f, 4f, 5f);
    }

    @Test
    void lfCrlfAndCrOnlyFilesReadTheSame() {
        for (String name : new String[] {"lf.csv", "crlf.csv", "cr-only.csv", "crlf-no-final-break.csv"}) {
            LoadedDataset loaded = read(name);

            assertThat(loaded.dataset().rowCount()).as(name).isEqualTo(3);
            assertThat(texts(loaded, "b")).as(name).containsExactly("x", "y", "z");
            assertThat(numbers(loaded, "c")).as(name).containsExactly(2.5f, 3.5f, 4.5f);
            assertThat(loaded.report().rejectedCount()).as(name).isZero();
        }
    }

    @Test
    void excelsTrailingEmptyColumnsPaddedRowsAndBlankLinesAreDropped() {
        LoadedDataset loaded = read("excel-trailing.csv");

        assertThat(loaded.dataset().columns()).extracting(c -> c.name()).containsExactly("id", "amount", "city");
        assertThat(texts(loaded, "city")).containsExactly("Paris", "Lyon", "Nice");
        assertThat(loaded.report().rejectedCount()).isZero();
        assertThat(loaded.report().blankLines()).isEqualTo(4);
    }

    @Test
    void valuesBeyondAShortHeaderBecomeAnUnnamedColumn() {
        LoadedDataset loaded = read("header-short.csv");

        assertThat(loaded.dataset().columns()).extracting(c -> c.name()).containsExactly("id", "amount", "column_3");
        assertThat(texts(loaded, "column_3")).containsExactly("Paris", "Lyon", "Nice");
        assertThat(loaded.report().rejectedCount()).isZero();
    }

    @Test
    void physicalLineNumbersCountLineBreaksInsideQuotes() {
        LoadedDataset loaded = read("bad-rows.csv");

        assertThat(loaded.report().rejected()).extracting(RejectedRow::line).containsExactly(3L, 6L, 7L);
    }

    /**
     * Many records with quoted commas and line breaks, CRLF endings and varying lengths, so records and CRLF pairs
     * straddle the reader's buffer boundaries at many different offsets.
     */
    @Test
    void longFileWithQuotedRecordsAcrossBufferBoundaries() throws IOException {
        Random random = new Random(3);
        List<String> comments = new ArrayList<>();
        StringBuilder text = new StringBuilder("id,comment,amount\r\n");
        for (int i = 0; i < 40_000; i++) {
            String comment = "c" + "x".repeat(random.nextInt(40)) + (i % 7 == 0 ? ", with comma" : "")
                    + (i % 11 == 0 ? "\r\nnext line" : "") + (i % 13 == 0 ? " \"quoted\"" : "");
            comments.add(comment);
            boolean quote = comment.contains(",") || comment.contains("\n") || comment.contains("\"");
            String field = quote ? "\"" + comment.replace("\"", "\"\"") + "\"" : comment;
            text.append(i).append(',').append(field).append(',').append(i % 100).append(".5\r\n");
        }
        Path file = dir.resolve("long.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        LoadedDataset loaded = read(file);

        assertThat(loaded.dataset().rowCount()).isEqualTo(40_000);
        assertThat(loaded.report().rejectedCount()).isZero();
        assertThat(texts(loaded, "comment")).containsExactlyElementsOf(comments.stream()
                .map(c -> c.replace("\r\n", "\n").strip()).toList());
        assertThat(numbers(loaded, "amount")[12_345]).isEqualTo(45.5f);
    }
}
