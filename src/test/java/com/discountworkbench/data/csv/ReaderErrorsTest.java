package com.discountworkbench.data.csv;

import static com.discountworkbench.data.csv.CsvCorpus.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.DataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderErrorsTest {
    @TempDir
    Path dir;

    @Test
    void missingFile() {
        assertThatThrownBy(() -> read(dir.resolve("nope.csv")))
                .isInstanceOf(DataException.class).hasMessage("nope.csv: File not found. Check the name and the folder.");
    }

    @Test
    void folder() {
        assertThatThrownBy(() -> read(dir)).isInstanceOf(DataException.class).hasMessageContaining("is a folder");
    }

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> read("empty.csv")).isInstanceOf(DataException.class)
                .hasMessage("empty.csv: The file is empty.");
    }

    @Test
    void onlyBlankLines() {
        assertThatThrownBy(() -> read("blank-only.csv")).isInstanceOf(DataException.class)
                .hasMessageContaining("only blank lines");
    }

    @Test
    void headerWithoutData() {
        assertThatThrownBy(() -> read("header-only.csv")).isInstanceOf(DataException.class)
                .hasMessage("header-only.csv: The file has a header row but no data rows.");
    }

    @Test
    void excelWorkbookAndBinaryData() {
        assertThatThrownBy(() -> read("workbook.xlsx")).isInstanceOf(DataException.class)
                .hasMessageContaining("not a CSV text file").hasMessageContaining("Excel workbook");
        assertThatThrownBy(() -> read("binary.dat")).isInstanceOf(DataException.class)
                .hasMessageContaining("binary data");
    }

    @Test
    void aFieldOfMegabytes() throws IOException {
        Path file = dir.resolve("huge.csv");
        Files.writeString(file, "id,text\n1," + "x".repeat(3 << 20) + "\n2,y\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("huge.csv, line 2: A field is longer than 1 MB");
    }

    @Test
    void aQuotedFieldOfMegabytesAcrossLines() throws IOException {
        Path file = dir.resolve("huge-quoted.csv");
        Files.writeString(file, "id,text\n1,\"" + ("x".repeat(4000) + "\n").repeat(500) + "\"\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("line 2: A field is longer than 1 MB");
    }

    @Test
    void aQuoteOpenOverThousandsOfLinesFailsFast() throws IOException {
        Path file = dir.resolve("open-quote.csv");
        Files.writeString(file, "id,text\n1,\"oops\n" + "2,many words\n".repeat(200_000));

        long start = System.nanoTime();
        assertThatThrownBy(() -> read(file)).isInstanceOf(DataException.class)
                .hasMessage("open-quote.csv, line 2: A quoted field runs over more than 1000 lines, so a quote is"
                        + " probably never closed. Check the quotes around this line.");
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
    }

    @Test
    void aQuoteThatIsNeverClosed() {
        assertThatThrownBy(() -> read("unclosed-quote.csv")).isInstanceOf(DataException.class)
                .hasMessage("unclosed-quote.csv, line 2: A quote opened on this line is never closed. Check the quotes"
                        + " around this line, or choose the right --delimiter.");
    }

    @Test
    void messagesCarryNoTechnicalDetail() {
        DataException error = org.junit.jupiter.api.Assertions.assertThrows(DataException.class,
                () -> read("empty.csv"));

        assertThat(error.file()).isPresent();
        assertThat(error.getMessage()).doesNotContain("Exception").doesNotContain("java.");
    }
}
