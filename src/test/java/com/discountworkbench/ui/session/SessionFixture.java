package com.discountworkbench.ui.session;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.sample.SampleCsv;
import com.discountworkbench.sample.SampleDataGenerator;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.ui.common.TestSettings;
import com.discountworkbench.ui.dialog.FakeDialogService;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.main.MainViewModel;
import com.discountworkbench.ui.main.PipelineViewModel;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.task.CurrentThreadTaskExecutor;
import com.discountworkbench.ui.task.JobStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A workbench context for screen view-model tests: English, scripted dialogs, throw-away settings, and tasks that
 * run to the end on the calling thread. Failures of tasks without their own handler are collected, not thrown.
 */
public final class SessionFixture implements AutoCloseable {
    public final TestSettings settings = new TestSettings();
    public final FakeDialogService dialogs = new FakeDialogService();
    public final UiLanguage language = new UiLanguage(Localization.of(Locale.ENGLISH));
    public final JobStatus jobs = new JobStatus();
    public final List<Throwable> unhandledFailures = new ArrayList<>();
    public final PipelineViewModel pipeline = new PipelineViewModel();
    public final WorkbenchContext context = new WorkbenchContext(
            new MainViewModel(pipeline, dialogs, language, settings.settings(), jobs),
            new CurrentThreadTaskExecutor(jobs, unhandledFailures::add), dialogs, settings.settings(),
            new WorkbenchSession());

    public WorkbenchSession session() {
        return context.session();
    }

    /** Generated customers (the bundled sample's generator) written to a CSV in {@code folder} and read back. */
    public static LoadedDataset sampleData(Path folder, int rows) {
        Path csv = folder.resolve("customers-" + rows + ".csv");
        SampleCsv.writeAtomically(csv, SampleDataGenerator.generate(rows, SampleDataGenerator.DEFAULT_SEED), rows,
                TaskMonitor.NONE);
        return CsvDatasetReader.read(csv, CsvOptions.detect(), TaskMonitor.NONE);
    }

    @Override
    public void close() throws Exception {
        settings.close();
    }
}
