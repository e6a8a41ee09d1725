package com.discountworkbench.ui.feedback;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.io.DatasetCsvWriter;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.policy.OfferEconomics;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.RetrainingData;
import com.discountworkbench.ui.dialog.DialogService;
import com.discountworkbench.ui.dialog.FileFilter;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.PipelineViewModel;
import com.discountworkbench.ui.session.WorkbenchSession;
import com.discountworkbench.ui.task.BackgroundTask;
import com.discountworkbench.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Feedback step: imports a campaign's outcomes in the background, compares them with the current model's
 * predictions (again whenever the model changes), and writes the training data grown by the campaign.
 */
public final class FeedbackViewModel {
    private final WorkbenchSession session;
    private final PipelineViewModel pipeline;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final UiLanguage language;
    private final FeedbackTablesViewModel tables;
    private final ReadOnlyObjectWrapper<LoadedDataset> outcomes = new ReadOnlyObjectWrapper<>(this, "outcomes");
    private final ReadOnlyObjectWrapper<CampaignComparison> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper lastWritten = new ReadOnlyStringWrapper(this, "lastWritten", "");

    public FeedbackViewModel(WorkbenchSession session, PipelineViewModel pipeline, TaskExecutor tasks,
                             DialogService dialogs, UiLanguage language) {
        this.session = session;
        this.pipeline = pipeline;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.language = language;
        this.tables = new FeedbackTablesViewModel(language);
        tables.reportProperty().bind(report);
        session.modelProperty().addListener((property, old, model) -> analyzeAgain());
        session.dataProperty().addListener((property, old, data) -> analyzeAgain());
    }

    /** Asks for an outcomes file and imports it. */
    public void importOutcomes() {
        dialogs.showOpenFileDialog(language.text("feedback.dialog.import"),
                List.of(FileFilter.of(language.text("filter.data"), "csv", "tsv", "txt")))
                .ifPresent(this::importOutcomes);
    }

    /** Reads the file and compares it with the predictions, in the background. */
    public void importOutcomes(Path file) {
        DiscountModel model = session.modelProperty().get();
        Dataset history = history();
        List<OfferEconomics> offers = offers();
        tasks.execute(BackgroundTask.of(language.text("feedback.task.import", file.getFileName()), monitor -> {
            LoadedDataset loaded = CsvDatasetReader.read(file, CsvOptions.detect(), monitor);
            return new Imported(loaded, CampaignComparison.compare(model, loaded.dataset(), history, offers, monitor));
        }).onSuccess(imported -> {
            outcomes.set(imported.outcomes());
            show(imported.report());
        }));
    }

    private record Imported(LoadedDataset outcomes, CampaignComparison report) {
    }

    private void analyzeAgain() {
        LoadedDataset loaded = outcomes.get();
        DiscountModel model = session.modelProperty().get();
        report.set(null);
        if (loaded == null || model == null) {
            return;
        }
        Dataset history = history();
        List<OfferEconomics> offers = offers();
        tasks.execute(BackgroundTask.of(language.text("feedback.task.compare"),
                monitor -> CampaignComparison.compare(model, loaded.dataset(), history, offers, monitor))
                .onSuccess(this::show));
    }

    private void show(CampaignComparison result) {
        report.set(result);
        pipeline.markDone(PipelineStep.FEEDBACK);
    }

    /** Asks where to save, then writes the data the model learned from plus the campaign's rows. */
    public void writeTrainingFile() {
        CampaignComparison current = report.get();
        Dataset history = history();
        if (current == null || history == null) {
            return;
        }
        String suggested = baseName(history) + "-with-campaign.csv";
        dialogs.showSaveFileDialog(language.text("feedback.dialog.write"), suggested,
                List.of(FileFilter.of(language.text("filter.data"), "csv")))
                .ifPresent(target -> writeTrainingFile(target, current, history));
    }

    /** Writes the merged training file in the background. */
    private void writeTrainingFile(Path target, CampaignComparison current, Dataset history) {
        tasks.execute(BackgroundTask.of(language.text("feedback.task.write", target.getFileName()), monitor -> {
            Dataset merged = RetrainingData.merge(history, current.campaign().training());
            DatasetCsvWriter.write(target, merged, monitor);
            return merged.rowCount();
        }).onSuccess(rows -> lastWritten.set(language.text("feedback.written", language.formats().integer(rows),
                target.getFileName()))));
    }

    private Dataset history() {
        LoadedDataset data = session.dataProperty().get();
        return data == null ? null : data.dataset();
    }

    /** The offers' costs as set for the policy (Simulate), so realized profit is priced like the prediction. */
    private List<OfferEconomics> offers() {
        PolicyProblem problem = session.problemProperty().get();
        return problem == null ? List.of() : problem.offers().offers();
    }

    private static String baseName(Dataset history) {
        String name = String.valueOf(history.source().file().getFileName());
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public FeedbackTablesViewModel tables() {
        return tables;
    }

    public ReadOnlyObjectProperty<CampaignComparison> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public BooleanBinding hasReport() {
        return report.isNotNull();
    }

    /** Outcomes can be compared once a model exists. */
    public BooleanBinding canImport() {
        return session.modelProperty().isNotNull();
    }

    /** "Wrote 22,000 rows to customers-with-campaign.csv"; empty until a file was written. */
    public ReadOnlyStringProperty lastWrittenProperty() {
        return lastWritten.getReadOnlyProperty();
    }

    /** The imported file's name. */
    public StringBinding fileName() {
        return Bindings.createStringBinding(() -> outcomes.get() == null ? ""
                : String.valueOf(outcomes.get().dataset().source().file().getFileName()), outcomes);
    }
}
