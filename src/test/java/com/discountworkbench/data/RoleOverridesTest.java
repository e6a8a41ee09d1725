package com.discountworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleOverridesTest {
    @TempDir
    Path dir;

    /** Hillstrom-like columns: the guesser makes conversion the label, segment the treatment, spend the value. */
    private Path campaign() throws IOException {
        List<String> lines = new ArrayList<>(List.of("recency,channel,segment,visit,conversion,spend"));
        String[] segments = {"Mens E-Mail", "Womens E-Mail", "No E-Mail"};
        String[] channels = {"Web", "Phone"};
        for (int i = 0; i < 60; i++) {
            boolean converted = i % 10 == 0;
            lines.add((i % 12 + 1) + "," + channels[i % 2] + "," + segments[i % 3] + "," + (i % 4 == 0 ? 1 : 0) + ","
                    + (converted ? 1 : 0) + "," + (converted ? 20 + i : 0));
        }
        return Files.write(dir.resolve("campaign.csv"), lines);
    }

    private LoadedDataset read(Map<String, ColumnRole> overrides) throws IOException {
        return CsvDatasetReader.read(campaign(), CsvOptions.detect().withRoleOverrides(overrides), TaskMonitor.NONE);
    }

    @Test
    void theGuessesGiveEachSingleRoleToOneColumn() throws IOException {
        Dataset data = read(Map.of()).dataset();

        assertThat(data.columnsWithRole(ColumnRole.LABEL)).containsExactly("conversion");
        assertThat(data.columnsWithRole(ColumnRole.TREATMENT)).containsExactly("segment");
        assertThat(data.columnsWithRole(ColumnRole.VALUE)).containsExactly("spend");
    }

    @Test
    void aColumnTheAnalystMakesTheLabelReplacesTheGuessedLabel() throws IOException {
        LoadedDataset loaded = read(Map.of("visit", ColumnRole.LABEL, "channel", ColumnRole.TREATMENT));

        Dataset data = loaded.dataset();
        assertThat(data.columnsWithRole(ColumnRole.LABEL)).containsExactly("visit");
        assertThat(data.columnsWithRole(ColumnRole.TREATMENT)).containsExactly("channel");
        assertThat(data.role("conversion")).isEqualTo(ColumnRole.IGNORE);
        assertThat(data.role("segment")).isEqualTo(ColumnRole.IGNORE);
        assertThat(data.role("spend")).isEqualTo(ColumnRole.VALUE);
        assertThat(loaded.report().roleGuesses()).filteredOn(guess -> guess.column().equals("conversion"))
                .singleElement().satisfies(guess -> assertThat(guess.reason())
                        .startsWith("ignored because you made 'visit' the label (guessed LABEL: "));
        assertThat(loaded.report().column("conversion").role()).isEqualTo(ColumnRole.IGNORE);
    }

    @Test
    void confirmingTheGuessOrSettingAFeatureChangesNothingElse() throws IOException {
        Dataset data = read(Map.of("conversion", ColumnRole.LABEL, "recency", ColumnRole.FEATURE)).dataset();

        assertThat(data.roles()).isEqualTo(read(Map.of()).dataset().roles());
    }
}
