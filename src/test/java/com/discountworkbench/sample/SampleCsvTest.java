package com.discountworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.task.CancelledException;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCsvTest {
    private static final Path COMMITTED = Path.of("sample-data", "customers.csv");

    @TempDir
    Path dir;

    @Test
    void committedSampleIsExactlyWhatTheGeneratorMakes() throws IOException {
        Path regenerated = dir.resolve("customers.csv");
        SampleCsv.writeAtomically(regenerated, SampleDataGenerator.stream(SampleDataGenerator.DEFAULT_ROWS,
                SampleDataGenerator.DEFAULT_SEED), SampleDataGenerator.DEFAULT_ROWS, TaskMonitor.NONE);
        assertThat(COMMITTED).exists();
        assertThat(Files.mismatch(COMMITTED, regenerated))
                .as("sample-data/customers.csv must be regenerated with generate-sample --out sample-data/customers.csv")
                .isEqualTo(-1L);
    }

    @Test
    void writesHeaderAndFixedDecimalRows() throws IOException {
        String csv = csv(SampleDataGenerator.generate(3, 5));
        String[] lines = csv.split("\n", -1);
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo(String.join(",", SampleColumns.ALL));
        assertThat(lines[4]).isEmpty();
        assertThat(lines[1]).startsWith("C000001,").doesNotContain("\"").matches(
                "C000001,\\d+,[1-4],(mobile|desktop|tablet),\\d+,\\d+,\\d+,\\d+,\\d+\\.\\d{2},\\d+,\\d+,[A-Za-z]+,"
                        + "0\\.\\d{3},0\\.\\d{2},[01],\\d+\\.\\d{2}");
    }

    @Test
    void formatsNumbersWithoutFloatNoise() {
        assertThat(SampleCsv.appendFixed(new StringBuilder(), 0.05, 2)).hasToString("0.05");
        assertThat(SampleCsv.appendFixed(new StringBuilder(), (float) 123.45, 2)).hasToString("123.45");
        assertThat(SampleCsv.appendFixed(new StringBuilder(), 1234.5, 2)).hasToString("1234.50");
        assertThat(SampleCsv.appendFixed(new StringBuilder(), 0, 2)).hasToString("0.00");
        assertThat(SampleCsv.appendFixed(new StringBuilder(), (float) 0.449, 3)).hasToString("0.449");
        assertThat(SampleCsv.appendFixed(new StringBuilder(), (float) 0.05, 3)).hasToString("0.050");
    }

    @Test
    void customersReadBackFromADatasetAreExactlyTheGeneratedOnes() throws IOException {
        List<SampleRow> rows = SampleDataGenerator.generate(2_000, 17);
        List<SampleCustomer> generated = rows.stream().map(SampleRow::customer).toList();
        for (Set<String> categorical : List.of(Set.<String>of(), Set.of(SampleColumns.CITY_TIER, SampleColumns.AGE))) {
            Dataset data = InMemoryCsv.toDataset(csv(rows), categorical);
            List<SampleCustomer> read = SampleDatasets.customers(data);
            assertThat(read).isEqualTo(generated);
            double[] offered = SampleDatasets.offeredDiscounts(data);
            assertThat(offered).containsExactly(rows.stream().mapToDouble(SampleRow::discountOffered).toArray());
            assertThat(new PolicyValue(read, 0).profit(offered)).isEqualTo(new PolicyValue(generated, 0).profit(offered));
        }
    }

    @Test
    void datasetsWithoutTheSampleColumnsGetClearErrors() throws IOException {
        String csv = csv(SampleDataGenerator.generate(3, 5));
        Dataset noDevice = InMemoryCsv.toDataset(csv.replace("device", "platform"), Set.of());
        assertThatThrownBy(() -> SampleDatasets.customers(noDevice)).isInstanceOf(DataException.class)
                .hasMessageContaining("no column 'device'").hasMessageContaining("platform");
        Dataset emptyCell = InMemoryCsv.toDataset(csv.replaceFirst("C000002,(\\d+),", "C000002,,"), Set.of());
        assertThatThrownBy(() -> SampleDatasets.customers(emptyCell)).isInstanceOf(DataException.class)
                .hasMessageContaining("Row 2, column 'age' is empty");
        Dataset textTier = InMemoryCsv.toDataset(csv.replaceFirst("C000001,(\\d+),\\d,", "C000001,$1,big,"),
                Set.of(SampleColumns.CITY_TIER));
        assertThatThrownBy(() -> SampleDatasets.customers(textTier)).isInstanceOf(DataException.class)
                .hasMessageContaining("Row 1, column 'city_tier': 'big' is not a number");
        Dataset badDevice = InMemoryCsv.toDataset(csv.replaceFirst("(mobile|desktop|tablet)", "watch"), Set.of());
        assertThatThrownBy(() -> SampleDatasets.customers(badDevice)).isInstanceOf(DataException.class)
                .hasMessageContaining("Unknown device 'watch'");
    }

    @Test
    void cancellingOrFailingLeavesNoFileBehind() throws IOException {
        Path out = dir.resolve("cancelled.csv");
        TaskMonitor cancelled = new TaskMonitor() {
            @Override public void progress(double fraction, String message) { }

            @Override public boolean isCancelled() { return true; }
        };
        assertThatThrownBy(() -> SampleCsv.writeAtomically(out, SampleDataGenerator.stream(25_000, 1), 25_000, cancelled))
                .isInstanceOf(CancelledException.class);
        assertThatThrownBy(() -> SampleCsv.writeAtomically(dir, SampleDataGenerator.stream(5, 1), 5, TaskMonitor.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> SampleCsv.writeAtomically(dir.resolve("missing/x.csv"),
                SampleDataGenerator.stream(5, 1), 5, TaskMonitor.NONE))
                .isInstanceOf(DataException.class).hasMessageContaining("does not exist");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path out = dir.resolve("sample.csv");
        Files.writeString(out, "old content");
        SampleCsv.writeAtomically(out, SampleDataGenerator.stream(10, 3), 10, TaskMonitor.NONE);
        assertThat(Files.readString(out)).isEqualTo(csv(SampleDataGenerator.generate(10, 3)));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    private static String csv(List<SampleRow> rows) throws IOException {
        StringWriter writer = new StringWriter();
        SampleCsv.write(writer, rows, rows.size(), TaskMonitor.NONE);
        return writer.toString();
    }
}
