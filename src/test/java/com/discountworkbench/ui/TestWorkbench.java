package com.discountworkbench.ui;

import com.discountworkbench.data.LoadedDataset;
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
import com.discountworkbench.ui.session.WorkbenchSession;
import com.discountworkbench.ui.task.CurrentThreadTaskExecutor;
import com.discountworkbench.ui.task.JobStatus;
import com.discountworkbench.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A workbench without a window for view-model tests: English, throw-away settings, scripted dialogs, and tasks
 * that run to the end on the calling thread. A task failure nobody handles fails the test.
 */
public final class TestWorkbench implements AutoCloseable {
    public final TestSettings settings = new TestSettings();
    public final FakeDialogService dialogs = new FakeDialogService();
    public final UiLanguage language = new UiLanguage(Localization.of(Locale.ENGLISH));
    public final JobStatus jobs = new JobStatus();
    public final PipelineViewModel pipeline = new PipelineViewModel();
    public final MainViewModel main = new MainViewModel(pipeline, dialogs, language, settings.settings(), jobs);
    public final WorkbenchSession session = new WorkbenchSession();
    public final WorkbenchContext context;

    /** Tasks run to the end on the calling thread. */
    public TestWorkbench() {
        this(null);
    }

    /** @param tasks runs the background tasks; null for the current thread */
    public TestWorkbench(TaskExecutor tasks) {
        this.context = new WorkbenchContext(main, tasks != null ? tasks : new CurrentThreadTaskExecutor(jobs, failure -> {
            throw new AssertionError("Task failed without a failure handler", failure);
        }), dialogs, settings.settings(), session);
    }

    /** The first {@code rows} sample customers as a CSV file in {@code folder}. */
    public static Path sampleCsv(Path folder, String name, int rows) {
        Path file = folder.resolve(name);
        SampleCsv.writeAtomically(file, SampleDataGenerator.stream(rows, SampleDataGenerator.DEFAULT_SEED), rows,
                TaskMonitor.NONE);
        return file;
    }

    public LoadedDataset data() {
        return session.dataProperty().get();
    }

    @Override
    public void close() throws Exception {
        settings.close();
    }
}
