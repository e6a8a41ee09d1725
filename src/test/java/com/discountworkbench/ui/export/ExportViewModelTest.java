package com.discountworkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.io.PolicyColumn;
import com.discountworkbench.io.PolicyManifest;
import com.discountworkbench.testing.TrainedSample;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepState;
import com.discountworkbench.ui.simulate.SimulateFixture;
import com.discountworkbench.ui.simulate.SimulateViewModel;
import com.discountworkbench.ui.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Export screen without a display: the policy from Simulate written in the chosen format, charts as PNG. */
class ExportViewModelTest {
    @TempDir
    Path folder;

    private final List<Path> opened = new ArrayList<>();
    private SimulateFixture fixture;
    private ExportViewModel viewModel;

    @BeforeEach
    void simulate() {
        fixture = new SimulateFixture(new CurrentThreadTaskExecutor()).withTrainedModel();
        new SimulateViewModel(fixture.context);
        viewModel = new ExportViewModel(fixture.context, folder -> {
            opened.add(folder);
            return false;
        });
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void writesThePolicyInTheChosenFormatWithManifestAndModel() throws IOException {
        assertThat(viewModel.policySummary().get()).startsWith("2,000 customers · expected profit");
        ExportOptionsViewModel options = viewModel.options();
        options.useExcelDecimalCommaFormat();
        options.columnProperty(PolicyColumn.P_BUY_NO_DISCOUNT).set(false);
        options.columnProperty(PolicyColumn.SEGMENT).set(false);
        options.columnProperty(PolicyColumn.ID).set(false);
        options.holdoutShareProperty().set(0.25);
        options.seedProperty().set(7);
        Path target = folder.resolve("campaign.csv");
        fixture.dialogs.answerFile(target);

        viewModel.writePolicy();

        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\n"));
        assertThat(lines.get(0)).isEqualTo("customer_id;recommended_discount;p_buy_recommended;expected_spend;"
                + "expected_revenue;expected_profit;incremental_profit;holdout");
        assertThat(lines).hasSize(TrainedSample.ROWS + 1);
        assertThat(lines.get(1)).matches("C\\d+;0(,\\d+)?;0,\\d+;.*;(true|false)");
        PolicyManifest manifest = PolicyManifest.read(folder.resolve("campaign.manifest.json"));
        assertThat(manifest.holdoutCustomers()).isEqualTo(TrainedSample.ROWS / 4);
        assertThat(manifest.seed()).isEqualTo(7);
        assertThat(folder.resolve("campaign.dwm")).exists();
        assertThat(viewModel.outcomeProperty().get()).contains("campaign.csv", "2,000 customers", "500 of them");
        assertThat(viewModel.folderProperty().get()).isEqualTo(folder.toAbsolutePath());
        assertThat(fixture.pipeline.state(PipelineStep.EXPORT)).isEqualTo(StepState.DONE);
        assertThat(fixture.dialogs.fileFilters().get(0).get(0).extensions()).containsExactly("csv");
    }

    @Test
    void aDecimalCommaWithACommaDelimiterCannotBeWritten() {
        assertThat(viewModel.canWrite().get()).isTrue();
        viewModel.options().decimalMarkProperty().set(CsvLayout.DecimalMark.COMMA);
        assertThat(viewModel.options().formatValid().get()).isFalse();
        assertThat(viewModel.canWrite().get()).isFalse();
        viewModel.options().delimiterProperty().set(CsvLayout.Delimiter.TAB);
        assertThat(viewModel.canWrite().get()).isTrue();
        assertThat(viewModel.options().extension()).isEqualTo("tsv");
    }

    @Test
    void savesEachChartAsPng() throws IOException {
        for (ExportChart chart : ExportChart.values()) {
            Path target = folder.resolve(chart.suggestedFileName());
            fixture.dialogs.answerFile(target);
            viewModel.chartProperty().set(chart);

            viewModel.saveChart();

            byte[] png = Files.readAllBytes(target);
            assertThat(png).as(chart.name()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
            assertThat(viewModel.outcomeProperty().get()).contains(chart.suggestedFileName());
        }
    }

    @Test
    void showsThePathWhenTheSystemCannotOpenTheFolder() {
        fixture.dialogs.answerFile(folder.resolve("distribution.png"));
        viewModel.saveChart();

        viewModel.openFolder();

        assertThat(opened).containsExactly(folder.toAbsolutePath());
        assertThat(fixture.dialogs.shown()).extracting(shown -> shown.kind() + ":" + shown.message())
                .contains("information:This system cannot open folders from the workbench. The files are in:\n"
                        + folder.toAbsolutePath());
    }

    @Test
    void aCancelledSaveDialogWritesNothingAndAFailureIsReported() throws IOException {
        fixture.dialogs.answerFile(null);
        viewModel.writePolicy();
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }

        fixture.dialogs.answerFile(folder.resolve("missing").resolve("policy.csv"));
        viewModel.writePolicy();
        assertThat(fixture.dialogs.errors()).hasSize(1);
        assertThat(viewModel.outcomeProperty().get()).startsWith("Writing failed");
        assertThat(viewModel.writingProperty().get()).isFalse();
    }
}
