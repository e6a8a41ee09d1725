package com.discountworkbench.data.csv;

import static com.discountworkbench.data.csv.CsvCorpus.numbers;
import static com.discountworkbench.data.csv.CsvCorpus.read;
import static com.discountworkbench.data.csv.CsvCorpus.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataSource;
import com.discountworkbench.data.LoadedDataset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialectTest {

    @Test
    void semicolonFileWithDecimalCommaThousandsDotsAndPercentages() {
        LoadedDataset loaded = read("semicolon-decimal-comma.csv");

        DataSource source = loaded.dataset().source();
        assertThat(source.delimiter()).isEqualTo(';');
        assertThat(source.decimalComma()).isTrue();
        assertThat(numbers(loaded, "umsatz")).containsExactly(12.5f, 1234.75f, -3f, 12345.6f);
        assertThat(numbers(loaded, "rabatt")).containsExactly(0.15f, 0.05f, 0f, 0.105f);
        assertThat(numbers(loaded, "gewicht")).containsExactly(1234.5f, 2.25f, 0.5f, 1f);
    }

    @Test
    void tabAndPipeDelimiters() {
        LoadedDataset tab = read("tab.tsv");
        LoadedDataset pipe = read("pipe.csv");

        assertThat(tab.dataset().source().delimiter()).isEqualTo('\t');
        assertThat(numbers(tab, "amount")).containsExactly(3.5f, 4f, 5.25f);
        assertThat(pipe.dataset().source().delimiter()).isEqualTo('|');
        assertThat(texts(pipe, "city")).containsExactly("Paris", "Lyon, France", "Nice");
    }

    @Test
    void fileWithoutHeaderGetsGeneratedNamesAndKeepsItsFirstRow() {
        LoadedDataset loaded = read("no-header.csv");

        assertThat(loaded.dataset().columns()).extracting(c -> c.name())
                .containsExactly("column_1", "column_2", "column_3");
        assertThat(numbers(loaded, "column_2")).containsExactly(0.5f, 0.25f, 0.75f, 1.5f);
    }

    @Test
    void headerIsRecognisedWhenEveryColumnIsText() {
        assertThat(SampleSchema.hasHeader(List.of(new String[] {"city", "device"}, new String[] {"Paris", "mobile"},
                new String[] {"Lyon", "desktop"}), '.')).isTrue();
        assertThat(SampleSchema.hasHeader(List.of(new String[] {"Paris", "mobile"}, new String[] {"Lyon", "desktop"},
                new String[] {"Paris", "tablet"}), '.')).isFalse();
    }

    @Test
    void analystsChoicesOverrideDetection() {
        LoadedDataset explicit = read("semicolon-decimal-comma.csv", CsvOptions.detect().withDelimiter(';'));
        assertThat(numbers(explicit, "umsatz")).containsExactly(12.5f, 1234.75f, -3f, 12345.6f);

        LoadedDataset wrongDelimiter = read("semicolon-decimal-comma.csv", CsvOptions.detect().withDelimiter(','));
        assertThat(wrongDelimiter.dataset().columns()).extracting(c -> c.name())
                .containsExactly("kunde;umsatz;rabatt;gewicht", "column_2", "column_3");

        LoadedDataset decimalPoint = read("semicolon-decimal-comma.csv", CsvOptions.detect().withDecimalSeparator('.'));
        assertThat(decimalPoint.dataset().source().decimalComma()).isFalse();
        assertThat(decimalPoint.dataset().column("umsatz").type().isNumeric()).isFalse();
    }

    @Test
    void delimiterDetectionPrefersTheCandidateThatSplitsEveryLineAlike() {
        List<String> lines = DialectDetector.logicalLines("a;b;c\r\n1,5;2,5;\"x;y\"\r\n3,25;4;z\r\n");

        assertThat(lines).hasSize(3);
        assertThat(DialectDetector.delimiter(lines)).isEqualTo(';');
        assertThat(DialectDetector.decimalSeparator(lines, ';')).isEqualTo(',');
        assertThat(DialectDetector.decimalSeparator(List.of("a;b", "1.5;2.25"), ';')).isEqualTo('.');
    }

    @Test
    void decimalCommaValuesKeepTheirPrecision() {
        LoadedDataset loaded = read("semicolon-decimal-comma.csv");

        assertThat(numbers(loaded, "rabatt")[3]).isCloseTo(0.105f, within(1e-7f));
    }
}
