package com.discountworkbench.data.csv;

import static com.discountworkbench.data.csv.CsvCorpus.numbers;
import static com.discountworkbench.data.csv.CsvCorpus.read;
import static com.discountworkbench.data.csv.CsvCorpus.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.data.QualityWarning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeInferenceTest {
    @TempDir
    Path dir;

    @Test
    void everyColumnType() {
        LoadedDataset loaded = read("types.csv");

        assertThat(loaded.dataset().columns()).extracting(Column::type).containsExactly(ColumnType.ID,
                ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.BOOLEAN, ColumnType.CATEGORICAL, ColumnType.DATE,
                ColumnType.TEXT);
        assertThat(loaded.dataset().column("channel")).isInstanceOf(CategoricalColumn.class);
        assertThat(((CategoricalColumn) loaded.dataset().column("channel")).levels())
                .containsExactlyInAnyOrder("web", "store", "phone");
        assertThat(loaded.dataset().column("price")).isInstanceOf(NumericColumn.class);
    }

    @Test
    void booleanWordsAndDigits() {
        LoadedDataset loaded = read("booleans.csv");

        for (String column : List.of("tf", "yn", "bit", "zh", "mixed")) {
            assertThat(loaded.dataset().column(column).type()).as(column).isEqualTo(ColumnType.BOOLEAN);
        }
        assertThat(numbers(loaded, "tf")).containsExactly(1f, 0f, 1f, 0f);
        assertThat(numbers(loaded, "zh")).containsExactly(1f, 0f, 1f, 0f);
        assertThat(numbers(loaded, "mixed")).containsExactly(1f, 0f, 0f, 1f);
    }

    @Test
    void percentagesAndCurrencyAmounts() {
        LoadedDataset loaded = read("percent-currency.csv");

        assertThat(numbers(loaded, "discount")).containsExactly(0.15f, 0f, 0.3f, 0.075f);
        assertThat(numbers(loaded, "price")).containsExactly(1234.5f, 0.99f, -5f, 12f);
        assertThat(numbers(loaded, "local_price")).containsExactly(88f, 1f, 0f, 1000f);
        assertThat(numbers(loaded, "euro")).containsExactly(12.5f, 12.5f, 0f, 1f);
    }

    @Test
    void missingTokensBecomeMissingValues() {
        LoadedDataset loaded = read("missing-tokens.csv");

        float[] amount = numbers(loaded, "amount");
        assertThat(amount[0]).isEqualTo(10f);
        assertThat(amount[7]).isEqualTo(12.5f);
        for (int row = 1; row < 7; row++) {
            assertThat(amount[row]).as("row %d", row).isNaN();
        }
        assertThat(texts(loaded, "city")).containsExactly("Paris", "Lyon", null, null, null, null, "Nice", null);
        assertThat(loaded.report().column("amount").missing()).isEqualTo(6);
    }

    @Test
    void datesBecomeDaysSince1970() {
        LoadedDataset loaded = read("dates.csv");
        float expected = LocalDate.of(2024, 3, 31).toEpochDay();

        for (String column : List.of("iso", "slashed", "dotted", "us", "chinese", "stamp")) {
            assertThat(loaded.dataset().column(column).type()).as(column).isEqualTo(ColumnType.DATE);
            assertThat(numbers(loaded, column)[0]).as(column).isEqualTo(expected);
            assertThat(numbers(loaded, column)[2]).as(column).isEqualTo(LocalDate.of(2023, 12, 25).toEpochDay());
        }
    }

    @Test
    void codesWithLeadingZerosStayText() {
        LoadedDataset loaded = read("leading-zero-codes.csv");

        assertThat(texts(loaded, "zip")).containsExactly("00123", "01234", "12345");
    }

    @Test
    void columnEmptyInTheSampleIsTypedFromAllItsValues() throws IOException {
        StringBuilder text = new StringBuilder("id,late\n");
        for (int i = 0; i < 3000; i++) {
            text.append(i).append(',').append(i < 2500 ? "" : String.valueOf(i % 7)).append('\n');
        }
        Path file = dir.resolve("late.csv");
        Files.writeString(file, text);

        LoadedDataset loaded = read(file);

        assertThat(loaded.dataset().column("late").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(numbers(loaded, "late")[2999]).isEqualTo(2999 % 7);
        assertThat(loaded.report().column("late").missing()).isEqualTo(2500);
    }

    @Test
    void columnNumericOnlyInTheSampleIsReadAgainAsText() throws IOException {
        StringBuilder text = new StringBuilder("id,size\n");
        for (int i = 0; i < 4000; i++) {
            text.append(i).append(',').append(i < 3000 ? String.valueOf(i % 5) : "XL").append('\n');
        }
        Path file = dir.resolve("size.csv");
        Files.writeString(file, text);

        LoadedDataset loaded = read(file);

        assertThat(loaded.dataset().rowCount()).isEqualTo(4000);
        assertThat(loaded.dataset().column("size").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(loaded.report().rejectedCount()).isZero();
        assertThat(loaded.report().warnings(QualityWarning.Kind.READ_AS_TEXT)).singleElement()
                .satisfies(w -> assertThat(w.column()).isEqualTo("size"));
    }

    @Test
    void integerColumnWithOneDecimalValueIsDecimal() throws IOException {
        StringBuilder text = new StringBuilder("n\n");
        for (int i = 0; i < 2500; i++) {
            text.append(i).append('\n');
        }
        text.append("0.5\n");
        Path file = dir.resolve("n.csv");
        Files.writeString(file, text);

        assertThat(read(file).dataset().column("n").type()).isEqualTo(ColumnType.DECIMAL);
    }
}
