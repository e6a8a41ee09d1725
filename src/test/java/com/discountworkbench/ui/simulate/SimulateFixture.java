package com.discountworkbench.ui.simulate;

import com.discountworkbench.testing.TrainedSample;
import com.discountworkbench.ui.common.TestSettings;
import com.discountworkbench.ui.dialog.FakeDialogService;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.main.MainViewModel;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.PipelineViewModel;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.session.WorkbenchSession;
import com.discountworkbench.ui.task.JobStatus;
import com.discountworkbench.ui.task.TaskExecutor;
import java.util.Locale;

/** A workbench context for Simulate and Export view-model tests: English, fake dialogs, a tiny trained model. */
public final class SimulateFixture implements AutoCloseable {
    public final TestSettings settings = new TestSettings();
    public final FakeDialogService dialogs = new FakeDialogService();
    public final UiLanguage language = new UiLanguage(Localization.of(Locale.ENGLISH));
    public final PipelineViewModel pipeline = new PipelineViewModel();
    public final WorkbenchSession session = new WorkbenchSession();
    public final WorkbenchContext context;

    public SimulateFixture(TaskExecutor tasks) {
        MainViewModel main = new MainViewModel(pipeline, dialogs, language, settings.settings(), new JobStatus());
        context = new WorkbenchContext(main, tasks, dialogs, settings.settings(), session);
    }

    /** Publishes the sample data and model as the Data and Train steps would. */
    public SimulateFixture withTrainedModel() {
        TrainedSample sample = TrainedSample.get();
        session.dataProperty().set(sample.loaded());
        pipeline.markDone(PipelineStep.DATA);
        pipeline.markDone(PipelineStep.PREPARE);
        pipeline.markDone(PipelineStep.NETWORK);
        pipeline.markDone(PipelineStep.TRAIN);
        session.modelProperty().set(sample.model());
        return this;
    }

    @Override
    public void close() throws Exception {
        settings.close();
    }
}
