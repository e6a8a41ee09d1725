package com.discountworkbench.data.csv;

import static com.discountworkbench.data.csv.CsvCorpus.numbers;
import static com.discountworkbench.data.csv.CsvCorpus.read;
import static com.discountworkbench.data.csv.CsvCorpus.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.QualityReport;
import com.discountworkbench.data.QualityWarning;
import com.discountworkbench.data.RejectedRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectedRowsTest {
    @TempDir
    Path dir;

    @Test
    void badRowsAreReportedWithTheirPhysicalLineAndLeftOut() {
        LoadedDataset loaded = read("bad-rows.csv");

        assertThat(loaded.report().rejected()).containsExactly(
                new RejectedRow(3, "has 2 fields, expected 3"),
                new RejectedRow(6, "has 4 fields, expected 3"),
                new RejectedRow(7, "column 'amount': 'abc' is not a number"));
        assertThat(loaded.report().rejectedCount()).isEqualTo(3);
        assertThat(numbers(loaded, "amount")).containsExactly(10f, 30f, 70f);
        assertThat(texts(loaded, "city")).containsExactly("Paris", "Lyon\nLyon", "Bern");
        assertThat(loaded.report().warnings(QualityWarning.Kind.REJECTED_ROWS)).hasSize(1);
    }

    @Test
    void aRejectedRowAddsNoCategoryLevel() {
        LoadedDataset loaded = read("bad-rows.csv");

        assertThat(texts(loaded, "city")).doesNotContain("Oslo");
        assertThat(loaded.report().column("city").distinct()).isEqualTo(3);
    }

    @Test
    void loadingGoesOnAfterManyBadRowsAndListsTheFirstThousand() throws IOException {
        StringBuilder text = new StringBuilder("id,amount\n");
        for (int i = 0; i < 5000; i++) {
            text.append(i).append(',').append(i % 2 == 0 ? "1.5" : "1.5,extra").append('\n');
        }
        Path file = dir.resolve("half-bad.csv");
        Files.writeString(file, text);

        LoadedDataset loaded = read(file);

        assertThat(loaded.dataset().rowCount()).isEqualTo(2500);
        assertThat(loaded.report().rejectedCount()).isEqualTo(2500);
        assertThat(loaded.report().rejected()).hasSize(QualityReport.MAX_LISTED_REJECTIONS);
        assertThat(loaded.report().rejected().get(0)).isEqualTo(new RejectedRow(3, "has 3 fields, expected 2"));
    }

    @Test
    void aValueThatIsNotADateIsRejectedInADateColumn() throws IOException {
        Path file = dir.resolve("dates.csv");
        Files.writeString(file, "day,n\n2024-01-01,1\n2024-01-02,2\n2024-02-30,3\n2024-01-04,4\n2024-01-05,5\n");

        LoadedDataset loaded = read(file);

        assertThat(loaded.report().rejected()).containsExactly(
                new RejectedRow(4, "column 'day': '2024-02-30' is not a date like 2024-03-31"));
    }

    @Test
    void aFileWhereNoRowCanBeReadIsAnError() throws IOException {
        Path file = dir.resolve("short.csv");
        Files.writeString(file, "a,b,c\n1\n2\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(file))
                .isInstanceOf(com.discountworkbench.data.DataException.class)
                .hasMessage("short.csv: No row could be read. The first problem is on line 2: has 1 field, expected 3.");
    }
}
