package com.discountworkbench.ui.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.policy.FeedbackReport;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.ui.dialog.FakeDialogService;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.PipelineViewModel;
import com.discountworkbench.ui.main.StepState;
import com.discountworkbench.testing.TrainedSample;
import com.discountworkbench.ui.session.WorkbenchSession;
import com.discountworkbench.ui.task.CurrentThreadTaskExecutor;
import com.discountworkbench.ui.task.JobStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Feedback step with a small trained model and a simulated campaign, without a display. */
class FeedbackViewModelTest {
    private static final int CAMPAIGN = 1_000;

    @TempDir
    Path folder;
    private final TrainedSample tiny = TrainedSample.get();
    private final WorkbenchSession session = new WorkbenchSession();
    private final PipelineViewModel pipeline = new PipelineViewModel();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final List<Throwable> failures = new ArrayList<>();
    private final UiLanguage language = new UiLanguage(Localization.of(Locale.ENGLISH));
    private FeedbackViewModel feedback;
    private Path outcomes;

    @BeforeEach
    void openWithATrainedModel() {
        session.dataProperty().set(tiny.loaded());
        session.modelProperty().set(tiny.model());
        feedback = new FeedbackViewModel(session, pipeline, new CurrentThreadTaskExecutor(new JobStatus(), failures::add),
                dialogs, language);
        outcomes = CampaignFiles.write(tiny.data(), CampaignFiles.cyclingPolicy(CAMPAIGN),
                folder.resolve("campaign.csv"));
    }

    @Test
    void importedOutcomesAreComparedByGroupAndDecile() {
        dialogs.answerFile(outcomes);

        feedback.importOutcomes();

        assertThat(failures).isEmpty();
        FeedbackReport report = feedback.reportProperty().get().report();
        assertThat(report.rows()).isEqualTo(CAMPAIGN);
        assertThat(report.groups()).extracting(FeedbackReport.Group::name).containsExactly("all", "policy", "control");
        assertThat(report.groups().get(2).customers()).isEqualTo(CAMPAIGN / 10);
        FeedbackTablesViewModel tables = feedback.tables();
        assertThat(tables.groups()).extracting(FeedbackRow::label)
                .containsExactly("Policy group", "Control group", "All customers");
        assertThat(tables.groups().get(1).customers()).isEqualTo("100");
        assertThat(tables.deciles()).hasSize(10);
        assertThat(tables.deciles().get(0).predictedConversion()).endsWith("%");
        assertThat(tables.realizedConversionByDecile()).hasSize(10);
        assertThat(tables.predictedProfitByDecile()).hasSize(10);
        assertThat(tables.calibration()).hasSize(10);
        assertThat(tables.summary().get()).startsWith("1,000 of 1,000 outcomes matched to customers. Control group: "
                + "100 customers. Ranking on the new data: AUC 0.");
        assertThat(tables.controlComparison().get()).startsWith("Policy group against control group: conversion ");
        assertThat(feedback.fileName().get()).isEqualTo("campaign.csv");
        assertThat(pipeline.state(PipelineStep.FEEDBACK)).isEqualTo(StepState.DONE);
    }

    @Test
    void theMergedTrainingFileHasTheDataThenTheCampaign() throws IOException {
        feedback.importOutcomes(outcomes);
        Path target = folder.resolve("retrain.csv");
        dialogs.answerFile(target);

        feedback.writeTrainingFile();

        assertThat(failures).isEmpty();
        Dataset written = CsvDatasetReader.read(target, CsvOptions.detect(), TaskMonitor.NONE).dataset();
        assertThat(written.rowCount()).isEqualTo(TrainedSample.ROWS + CAMPAIGN);
        assertThat(written.column("customer_id").display(TrainedSample.ROWS)).isEqualTo("C000001");
        assertThat(feedback.lastWrittenProperty().get()).startsWith("Wrote 3,000 rows to retrain.csv");
        assertThat(dialogs.shown().get(0).kind()).isEqualTo("save");
    }

    @Test
    void aNewModelIsComparedWithTheSameOutcomes() {
        feedback.importOutcomes(outcomes);
        CampaignComparison before = feedback.reportProperty().get();

        session.modelProperty().set(tiny.model().withReport(tiny.model().report().withTraining(Map.of())));

        assertThat(feedback.reportProperty().get() != before).as("compared again").isTrue();
        assertThat(feedback.reportProperty().get().report().rows()).isEqualTo(CAMPAIGN);
    }

    @Test
    void aFileWithoutOutcomeColumnsFailsWithAMessage() throws IOException {
        Path wrong = Files.writeString(folder.resolve("wrong.csv"), "customer_id,colour\nC000001,red\n");

        feedback.importOutcomes(wrong);

        assertThat(failures).singleElement().isInstanceOf(DataException.class);
        assertThat(failures.get(0).getMessage()).contains("no column with the offered treatment");
        assertThat(feedback.reportProperty().get()).isNull();
    }

    @Test
    void withoutAModelThereIsNothingToCompareWith() {
        session.modelProperty().set(null);

        assertThat(feedback.canImport().get()).isFalse();
        assertThat(feedback.hasReport().get()).isFalse();
    }
}
